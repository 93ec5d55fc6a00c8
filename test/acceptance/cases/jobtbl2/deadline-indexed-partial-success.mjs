// Indexed, completions 3, parallelism 2, activeDeadlineSeconds 15. Index 0 succeeds at +5s; index 2 is
// created at +6s; at +15s the deadline fails the Job: indexes 1 and 2 are deleted and counted failed;
// Failed at +16s. completedIndexes "0" is kept.
export default {
  id: 'jobtbl2/deadline-indexed-partial-success',
  source: 'job_controller_test.go TestSyncJobPastDeadline "activeDeadlineSeconds less than single pod execution" / "activeDeadlineSeconds exceeded; JobPodReplacementPolicy enabled" (expectedFailed = active pods, succeeded kept); job_controller.go pastActiveDeadline, deleteActivePods; reference §9, §2.7, §2.8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  behaviors:
  - selector: { matchLabels: { app: x } }
    duration: 60s
    perIndex:
      "0": { duration: 5s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 3
  parallelism: 2
  completionMode: Indexed
  activeDeadlineSeconds: 15
  template:
    metadata: { labels: { app: x } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const ft = h.hasCond(j, 'FailureTarget', 'DeadlineExceeded');
    const f = h.hasCond(j, 'Failed', 'DeadlineExceeded');
    h.eq([h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime)], [15, 16], 'FailureTarget, Failed');
    h.eq([j.status.failed, j.status.succeeded, j.status.completedIndexes, j.status.active ?? 0, j.status.terminating, j.status.failedIndexes], [2, 1, '0', 0, 0, undefined], '[failed, succeeded, completedIndexes, active, terminating, failedIndexes]');
    h.eq(h.podsOf('x').map((p) => [p.metadata.annotations['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp)]), [['0', 0], ['1', 0], ['2', 6]], 'pods');
    h.eq(h.events({ reason: 'DeadlineExceeded', name: 'x' }).map((e) => [e.type, e.message, h.sec(e.firstTimestamp)]), [['Warning', 'Job was active longer than specified deadline', 16]], 'event');
  },
};
