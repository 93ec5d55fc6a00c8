// A suspended Job with completions 0 completes in its first sync (the completion check precedes suspend handling):
// Complete with no Suspended condition, no startTime, no pods (upstream fixed the 1.32 regression #132144 by relaxing
// the status validation, without setting startTime).
export default {
  id: 'job/suspended-zero-completions',
  source: 'job_controller.go syncJob (complete checked before the suspend branch); kubernetes/kubernetes#132144 and PR #132614; reference §2.6 step 5, §8',
  args: ['--duration', '1m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: sc0
spec:
  suspend: true
  completions: 0
  template:
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sc0');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'True', 'CompletionsReached', 0], ['Complete', 'True', 'CompletionsReached', 0]], 'conditions');
    h.eq(job.status.startTime, undefined, 'startTime');
    h.eq(h.podsOf('sc0').length, 0, 'pods');
    h.eq(h.events({ kind: 'Job', name: 'sc0' }).map((e) => e.reason), ['Completed'], 'events');
  },
};
