// During FailedCreate back-off (15 failures from 00:10:00.1, next retry due 00:12:43.935) an unrelated edit of the
// CronJob at 00:12:00 syncs it at once: one more FailedCreate, whose AddRateLimited (5ms*2^15 -> 00:14:43.84) is
// dropped because the key already waits for an earlier time. The 00:12:43.935 retry fails too and waits 5ms*2^16:
// next at 00:18:11.615. The edit neither resets nor shortens the back-off.
export default {
  id: 'cronv2rows/failedcreate-edit-during-backoff',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go updateCronJob (other change: enqueueController -> queue.Add), processNextWorkItem (err -> AddRateLimited, no Forget); client-go util/workqueue delaying_queue.go insert (an item already waiting keeps the earlier readyAt), default_rate_limiters.go ItemExponentialFailureRateLimiter.When (failures[item]++ at every call)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 19m
  timeline:
  - { at: 12m, patch: { kind: CronJob, name: cj, metadata: { labels: { poke: "1" } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {labels: {job-name: custom}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' });
    h.assert(ev.every((e) => e.reason === 'FailedCreate' && /Job\.batch "cj-29453770"/.test(e.message)), 'only FailedCreate for the 00:10 Job');
    h.eq(ev.map((e) => e.firstTimestamp.slice(11, 19)), [
      ...Array(8).fill('00:10:00'), '00:10:01', '00:10:02', '00:10:05', '00:10:10', '00:10:20', '00:10:41', '00:11:22',
      '00:12:00', '00:12:43', '00:18:11',
    ], 'one extra try at the edit; the back-off goes on doubling');
  },
};
