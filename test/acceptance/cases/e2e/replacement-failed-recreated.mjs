// e2e "should recreate pods only after they have failed if pod replacement policy is set to Failed", second phase: the
// deleted pod fails at 35s (exit 143); only then is it counted (failed 1) and replaced, after the 10s pod-recreation
// backoff from its finish: active 1, failed 1, terminating 0.
export default {
  id: 'e2e/replacement-failed-recreated',
  source: 'test/e2e/apps/job.go "should recreate pods only after they have failed if pod replacement policy is set to Failed" (WaitForJobState active 1, failed 1, terminating 0); reference job-controller §4, §3.2 (10s backoff from the failure finish time)',
  args: ['--duration', '2m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  faults:
  - {at: 30s, evictPod: default/pod-recreate-failed-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pod-recreate-failed}
spec:
  parallelism: 1
  completions: 1
  backoffLimit: 1
  podReplacementPolicy: Failed
  template:
    metadata: {annotations: {jobsim/duration: 24h}}
    spec:
      terminationGracePeriodSeconds: 30
      containers:
      - name: c
        image: busybox
        lifecycle: {preStop: {sleep: {seconds: 5}}}
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('pod-recreate-failed');
    h.eq([job.status.active, job.status.failed, job.status.terminating], [1, 1, 0], 'active/failed/terminating');
    const pods = h.podsOf('pod-recreate-failed');
    const t = pods[0].status.containerStatuses[0].state.terminated;
    h.eq([pods[0].status.phase, t.exitCode, h.sec(t.finishedAt)], ['Failed', 143, 35], 'first pod failed after its 5s stop');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 45], 'replacement created after the failure');
  },
};
