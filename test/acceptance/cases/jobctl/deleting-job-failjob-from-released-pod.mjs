// A Job held by its own finalizer is deleted at 5s: its sync strips the running pod's tracking finalizer without
// counting it. The pod (kept by its template finalizer) exits 42 at 10s; a Job being deleted still evaluates its
// pod failure policy over every pod: FailureTarget and Failed (PodFailurePolicy) at 11s, while status.failed stays
// absent (the released pod is never counted).
export default {
  id: 'jobctl/deleting-job-failjob-from-released-pod',
  source: 'job_controller_test.go TestControllerSyncJob "deleting job" (finalizers removed, running pods not counted) + TestSyncJobWithJobPodFailurePolicy "fail job based on OnExitCodes"; job_controller.go syncJob (getFailJobMessage whatever the DeletionTimestamp; manageJob skipped), canRemoveFinalizer (DeletionTimestamp != nil)',
  args: ['--duration', '1m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dl}
spec:
  timeline:
  - {at: 5s, delete: {kind: Job, name: dl}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: dl, finalizers: [example.com/keep]}
spec:
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {operator: In, values: [42]}
  template:
    metadata:
      finalizers: [example.com/keep]
      annotations: {jobsim/exit-codes: "42"}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('dl');
    h.eq(pods.map((p) => [p.status.phase, h.exitCodeOf(p), p.metadata.finalizers]), [['Failed', 42, ['example.com/keep']]], 'pod');
    const msg = `Container c for pod default/${pods[0].metadata.name} failed with exit code 42 matching FailJob rule at index 0`;
    const j = h.job('dl');
    h.eq(h.sec(j.metadata.deletionTimestamp), 5, 'Job deleting since 5s');
    h.eq((j.status.conditions ?? []).map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'PodFailurePolicy', msg, 11],
      ['Failed', 'PodFailurePolicy', msg, 11],
    ], 'conditions');
    h.eq([j.status.failed, j.status.active, j.status.terminating], [undefined, undefined, 0], '[failed, active, terminating]');
  },
};
