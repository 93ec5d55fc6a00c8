// Once FailureTarget DeadlineExceeded is written, the Job's fate is sealed: later syncs take the existing FailureTarget as the
// finished condition (before pastActiveDeadline is ever consulted), so raising activeDeadlineSeconds (job a) or removing it
// (job b) while the killed pod is stuck Terminating on an unreachable node does not revive the Job: when the node is back
// (2m05s) and the pod is gone, Failed DeadlineExceeded is written with the Warning event, and no new pod is ever created.
export default {
  id: 'deadlines/ads-failuretarget-sticky',
  source: 'pkg/controller/job/job_controller.go syncJob (jobCtx.finishedCondition = failureTarget copy when FailureTarget=True, checked before exceedsBackoffLimit/pastActiveDeadline), enactJobFinished (terminating > 0 delays Failed); reference job-controller §2.4 step 2, §2.5',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 5m
  cluster:
    nodePools: [{name: w, count: 1}]
  faults:
    - {at: 5s, nodeDown: w-1, for: 2m}
  timeline:
    - {at: 60s, patch: {kind: Job, name: a, spec: {activeDeadlineSeconds: 100000}}}
    - {at: 60s, patch: {kind: Job, name: b, spec: {activeDeadlineSeconds: null}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  activeDeadlineSeconds: 30
  template:
    metadata:
      annotations: {jobsim/duration: "10m"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  activeDeadlineSeconds: 30
  template:
    metadata:
      annotations: {jobsim/duration: "10m"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    for (const name of ['a', 'b']) {
      const job = h.job(name);
      h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message]), [
        ['FailureTarget', 'DeadlineExceeded', 'Job was active longer than specified deadline'],
        ['Failed', 'DeadlineExceeded', 'Job was active longer than specified deadline']], `${name} conditions`);
      h.eq(h.sec(job.status.conditions[0].lastTransitionTime), 30, `${name} FailureTarget time`);
      h.near(h.sec(job.status.conditions[1].lastTransitionTime), 126, 1, `${name} Failed time (node back at 125s)`);
      h.eq([job.status.failed, job.status.active ?? 0, job.status.terminating ?? 0], [1, 0, 0], `${name} [failed, active, terminating]`);
      h.eq(h.podsOf(name).length, 1, `${name} pods`);
      h.eq(h.events({ reason: 'DeadlineExceeded', name }).map((e) => e.type), ['Warning'], `${name} DeadlineExceeded events`);
    }
  },
};
