// After FailureTarget no pod is ever created (manageJob is skipped while a finished condition exists): ADS 30 with the only
// node silent from 5s, the killed pod stuck Terminating; raising parallelism to 3 at 60s (an immediate sync) creates nothing.
// When the node is back (2m05s) the Job turns Failed DeadlineExceeded with failed 1 and still a single pod.
export default {
  id: 'deadlines/ads-no-pods-after-failuretarget',
  source: 'pkg/controller/job/job_controller.go syncJob ("if jobCtx.finishedCondition != nil { deleteActivePods ... } else { manageJob }"); reference job-controller §2.5',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 4m
  cluster:
    nodePools: [{name: w, count: 1}]
  faults:
    - {at: 5s, nodeDown: w-1, for: 2m}
  timeline:
    - {at: 60s, patch: {kind: Job, name: j, spec: {parallelism: 3}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  activeDeadlineSeconds: 30
  completions: 5
  template:
    metadata:
      annotations: {jobsim/duration: "10m"}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j').length, 1, 'pods');
    const job = h.job('j');
    h.eq(job.spec.parallelism, 3, 'parallelism patched');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason]), [['FailureTarget', 'DeadlineExceeded'], ['Failed', 'DeadlineExceeded']], 'conditions');
    h.near(h.sec(job.status.conditions[1].lastTransitionTime), 126, 1, 'Failed after the node returns');
    h.eq(h.events({ reason: 'SuccessfulCreate', kind: 'Job' }).length, 1, 'SuccessfulCreate events');
  },
};
