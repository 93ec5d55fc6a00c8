// Twelve CronJobs whose Jobs the API server refuses all fail at 00:10:00.1. Below the shared bucket's burst (12 x 8 = 96
// retries in the first 0.64s, 100 tokens plus 10/s) only the per-item back-off counts: each CronJob fails 8 times in the
// second 00:10:00, then at 00:10:01, :02, :05, :10, :20, :41 and 00:11:22, independently of the others.
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
  id: 'cronv2rows/failedcreate-twelve-cronjobs-own-backoff',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go processNextWorkItem (AddRateLimited per key); client-go util/workqueue/default_rate_limiters.go DefaultTypedControllerRateLimiter (MaxOf(ItemExponentialFailureRateLimiter(5ms, 1000s) per item, BucketRateLimiter 10 qps burst 100 overall)); golang.org/x/time/rate Limiter (no delay while tokens remain)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 11m30s
${Array.from({ length: 12 }, (_, i) => cj(i)).join('')}`,
  check(r, h) {
    const want = [...Array(8).fill('00:10:00'), '00:10:01', '00:10:02', '00:10:05', '00:10:10', '00:10:20', '00:10:41', '00:11:22'];
    for (let i = 0; i < 12; i++) {
      const name = `cj${String(i).padStart(2, '0')}`;
      const ev = h.events({ kind: 'CronJob', name });
      h.assert(ev.every((e) => e.reason === 'FailedCreate'), `${name}: only FailedCreate`);
      h.eq(ev.map((e) => e.firstTimestamp.slice(11, 19)), want, `${name}: its own back-off`);
    }
  },
};
