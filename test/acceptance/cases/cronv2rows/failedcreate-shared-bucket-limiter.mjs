// Twenty CronJobs whose Jobs the API server refuses all fail at 00:10:00.1. Their retries share the CronJob work
// queue's rate limiter, DefaultTypedControllerRateLimiter = max(per-item 5ms doubling, one token bucket of 10 qps and
// burst 100 for the whole queue): besides the 20 slot syncs, at most 100 + 10/s retries can be due, so the second
// 00:10:00 holds at most 20 + 100 + 9 = 129 FailedCreate events (128 with zero API latency), then about 10 a second.
const cj = (i) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj${String(i).padStart(2, '0')}}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {labels: {job-name: custom}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
export default {
  id: 'cronv2rows/failedcreate-shared-bucket-limiter',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go NewControllerV2 (workqueue.NewTypedRateLimitingQueueWithConfig(workqueue.DefaultTypedControllerRateLimiter[string](), ...)), processNextWorkItem (err -> queue.AddRateLimited); client-go util/workqueue/default_rate_limiters.go DefaultTypedControllerRateLimiter (MaxOf(ItemExponentialFailureRateLimiter(5ms, 1000s), BucketRateLimiter{rate.NewLimiter(rate.Limit(10), 100)}) "only the overall factor (not per item)"); golang.org/x/time/rate Limiter.reserveN',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 10m30s
${Array.from({ length: 20 }, (_, i) => cj(i)).join('')}`,
  check(r, h) {
    const fc = h.events({ reason: 'FailedCreate' });
    const perCj = new Set(fc.filter((e) => e.firstTimestamp === '2026-01-01T00:10:00Z').map((e) => e.involvedObject.name));
    h.eq(perCj.size, 20, 'every CronJob failed at 00:10:00');
    const first = fc.filter((e) => e.firstTimestamp === '2026-01-01T00:10:00Z').length;
    h.assert(first >= 128 && first <= 129, `FailedCreate events in second 00:10:00: ${first}, expected 128 (at most 129: 20 slot syncs + 100 burst + 10/s)`);
    const byTen = fc.filter((e) => e.firstTimestamp < '2026-01-01T00:10:10Z').length;
    h.assert(byTen <= 219, `FailedCreate events before 00:10:10: ${byTen}, at most 20 + 100 + 10*9.9 = 219`);
  },
};
