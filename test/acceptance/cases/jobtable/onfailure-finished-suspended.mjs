// TestJobBackoffForOnFailure rows "finished job" (+ the JobPodReplacementPolicy / JobManagedBy variants:
// SuccessCriteriaMet then Complete, reason CompletionsReached): a Job whose pods have all succeeded
// completes even when the same sync sees spec.suspend true (the completion check comes before the
// suspend handling), and the restarts of succeeded pods do not count. OnFailure, completions 2: one pod
// restarts once and succeeds at 20s, the other succeeds at 10s; suspend patched at 20.5s: that sync
// completes the Job: no Suspended condition, no Suspended event.
export default {
  id: 'jobtable/onfailure-finished-suspended',
  source: 'job_controller_test.go TestJobBackoffForOnFailure "finished job", "finished job; JobPodReplacementPolicy enabled"; job_controller.go syncJob (complete checked before the Suspended condition handling); reference §2.6 step 5, §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ofd}
spec:
  timeline:
  - {at: 20500ms, patch: {kind: Job, name: ofd, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ofd}
spec:
  parallelism: 2
  completions: 2
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: 10s, jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const pods = h.podsOf('ofd');
    h.eq(pods.map((p) => [p.status.containerStatuses[0].restartCount, p.status.phase]), [[1, 'Succeeded'], [0, 'Succeeded']], 'pods [restarts, phase]');
    const job = h.job('ofd');
    h.eq(job.spec.suspend, true, 'spec.suspend');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 20],
      ['Complete', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 20],
    ], 'conditions');
    h.eq([job.status.succeeded, job.status.failed ?? 0], [2, 0], '[succeeded, failed]');
    h.eq(h.events({ kind: 'Job', name: 'ofd' }).map((e) => e.reason), ['SuccessfulCreate', 'SuccessfulCreate', 'Completed'], 'events');
  },
};
