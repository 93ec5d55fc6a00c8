// An existing SuccessCriteriaMet wins over every failure rule, the deadline included: Indexed, successPolicy
// succeededIndexes "0"; index 0 succeeds at 10s, SuccessCriteriaMet at 11s and index 1's pod is deleted, but its node stops
// answering at 10.5s so the pod stays Terminating. activeDeadlineSeconds 30 passes meanwhile: no FailureTarget. When the node
// is back (2m) and the pod is gone, Complete (SuccessPolicy) is written; the pod removed by the success policy is not failed.
export default {
  id: 'deadlines/ads-after-success-criteria-met',
  source: 'pkg/controller/job/job_controller.go syncJob ("if successCriteriaMet := findConditionByType(..., JobSuccessCriteriaMet) ... jobCtx.finishedCondition = newSuccessCondition" before any failure rule); reference job-controller §2.4 step 1, §7',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 4m
  cluster:
    nodePools: [{name: w, count: 1}]
  behaviors:
    - selector: {matchLabels: {app: sp}}
      duration: 1h
      perIndex:
        "0": {duration: 10s}
  faults:
    - {at: 10500ms, nodeDown: w-1, for: 110s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  activeDeadlineSeconds: 30
  successPolicy:
    rules:
    - succeededIndexes: "0"
  template:
    metadata: {labels: {app: sp}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sp');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason]), [
      ['SuccessCriteriaMet', 'SuccessPolicy'], ['Complete', 'SuccessPolicy']], 'conditions');
    h.eq(h.sec(job.status.conditions[0].lastTransitionTime), 11, 'SuccessCriteriaMet time');
    h.near(h.sec(job.status.conditions[1].lastTransitionTime), 121, 1, 'Complete once the pod is gone (node back at 120.5s)');
    h.eq([job.status.succeeded, job.status.failed ?? 0, job.status.completedIndexes], [1, 0, '0'], '[succeeded, failed, completedIndexes]');
    h.eq(h.events({ reason: 'DeadlineExceeded' }).length, 0, 'DeadlineExceeded events');
  },
};
