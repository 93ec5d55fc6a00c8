// e2e ConformanceIt "should schedule multiple jobs concurrently": AllowConcurrent, "*/1 * * * ?", pods sleep 300s.
// At 2m30s two Jobs run at once and both are in status.active, in creation order.
export default {
  id: 'upstreamtests/e2e-cronjob-concurrent',
  source: 'test/e2e/apps/cronjob.go ConformanceIt "should schedule multiple jobs concurrently" (waitForActiveJobs 2); cronjob_controllerv2.go syncCronJob (Allow: no concurrency check)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c}
spec:
  duration: 2m30s
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: concurrent}
spec:
  schedule: "*/1 * * * ?"
  concurrencyPolicy: Allow
  jobTemplate:
    spec:
      parallelism: 1
      completions: 1
      backoffLimit: 1
      template:
        metadata: {annotations: {jobsim/duration: 300s}}
        spec:
          containers: [{name: c, image: busybox:1.36, command: [sleep, "300"]}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const cj = h.cronjob('concurrent');
    h.eq((cj.status.active ?? []).map((a) => a.name), ['concurrent-29453761', 'concurrent-29453762'], 'status.active');
    h.eq(cj.status.lastScheduleTime, '2026-01-01T00:02:00Z', 'lastScheduleTime');
    h.eq(h.of('Job').map((j) => [j.metadata.name, j.status.active, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['concurrent-29453761', 1, '2026-01-01T00:01:00Z'], ['concurrent-29453762', 1, '2026-01-01T00:02:00Z']], 'jobs running together');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulCreate', 60], ['SuccessfulCreate', 120]], 'cronjob events');
  },
};
