// controllerDown job 5s-15s: three parallel pods all fail at 10s during the outage. The relist counts 3 new
// failures at once: failuresAfterLastSuccess = 3, back-off 10s*2^2 = 40s from the last finish (10s): the three
// replacements are created together at 50s (slow-start 1 then 2 in the same sync).
export default {
  id: 'faults/cdjob-three-failures-backoff',
  source: 'pkg/controller/job/backoff_utils.go newBackoffRecord (failuresAfterLastSuccess += len(newFailedPods)), getRemainingTime (DefaultJobPodFailureBackOff * 2^(n-1)); reference job-controller.md §3.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: bo3}
spec:
  faults:
  - {at: 5s, controllerDown: job, for: 10s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: 3
  parallelism: 3
  backoffLimit: 5
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,1,0"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j');
    h.eq(p.map((x) => h.sec(x.metadata.creationTimestamp)), [0, 0, 0, 50, 50, 50], 'pod creation times');
    h.eq(h.job('j').status.failed, 3, 'failed');
  },
};
