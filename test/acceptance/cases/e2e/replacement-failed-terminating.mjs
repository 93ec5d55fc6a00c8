// e2e "should recreate pods only after they have failed if pod replacement policy is set to Failed", first phase: the
// running pod is deleted gracefully at 30s (here through the Eviction API; its container takes 5s to stop, as the
// e2e's SIGTERM trap does); while it terminates the Job reports active 0, failed 0, terminating 1 and creates nothing.
export default {
  id: 'e2e/replacement-failed-terminating',
  source: 'test/e2e/apps/job.go "should recreate pods only after they have failed if pod replacement policy is set to Failed" (WaitForJobState active 0, failed 0, terminating 1); job_controller.go manageJob (diff -= terminating); reference job-controller §4',
  args: ['--duration', '33s'],
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
    h.eq([job.status.active ?? 0, job.status.failed ?? 0, job.status.terminating], [0, 0, 1], 'active/failed/terminating while the pod terminates');
    h.eq(h.podsOf('pod-recreate-failed').length, 1, 'no replacement yet');
  },
};
