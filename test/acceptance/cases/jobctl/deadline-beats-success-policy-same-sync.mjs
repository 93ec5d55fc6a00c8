// activeDeadlineSeconds and a success policy met in the same sync: the deadline is checked first, so index 0's
// success at exactly 10s does not give SuccessCriteriaMet; FailureTarget DeadlineExceeded at 10s deletes index 1's
// running pod (counted failed, exits 143 at once) and Failed follows at 11s; index 0 stays completed.
export default {
  id: 'jobctl/deadline-beats-success-policy-same-sync',
  source: 'job_controller_test.go TestSyncJobPastDeadline "activeDeadlineSeconds bigger than single pod execution" + TestSyncJobWithJobSuccessPolicy; job_controller.go syncJob (pastActiveDeadline sets finishedCondition before the matchSuccessPolicy block, which runs only when finishedCondition == nil), trackJobStatusAndRemoveFinalizers, enactJobFinished (terminating > 0 delays Failed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dsp}
spec:
  behaviors:
  - selector: {matchLabels: {app: dsp}}
    duration: 60s
    perIndex:
      "0": {duration: 10s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: dsp}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  activeDeadlineSeconds: 10
  successPolicy:
    rules:
    - {succeededIndexes: "0"}
  template:
    metadata: {labels: {app: dsp}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('dsp');
    h.eq(j.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 10],
      ['Failed', 'DeadlineExceeded', 11],
    ], 'conditions');
    h.eq([j.status.succeeded, j.status.completedIndexes, j.status.failed, j.status.terminating, j.status.completionTime], [1, '0', 1, 0, undefined], '[succeeded, completedIndexes, failed, terminating, completionTime]');
    const pods = h.podsOf('dsp').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], p.status.phase, h.exitCodeOf(p)]);
    h.eq(pods, [['0', 'Succeeded', 0], ['1', 'Failed', 143]], 'pods [index, phase, exit]');
  },
};
