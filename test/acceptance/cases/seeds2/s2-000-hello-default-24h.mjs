// Seed 000 "hello" run with no duration: a scenario with a CronJob runs 24h. The controller creates each Job 100ms
// after its slot (requeue after the next schedule time + 100ms), so the 24:00:00 slot falls just after the end:
// 1439 Jobs (00:01 .. 23:59), each with one pod, all Complete; the history limit 3 deleted all but the last three
// (1436 SuccessfulDelete "Deleted job ..."); the last Job completed at 23:59:11.
export default {
  id: 'seeds2/s2-000-hello-default-24h',
  source: 'seed 000 hello; contract §2 (a scenario with a CronJob runs 24h); cronjob_controllerv2.go nextScheduleTimeDuration (+100ms), cleanupFinishedJobs (successfulJobsHistoryLimit 3)',
  scenario: `
# Example CronJob manifest to run every minute
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "*/1 * * * *" # Cron syntax
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: hello
            image: busybox:1.28
            imagePullPolicy: IfNotPresent
            command:
            - /bin/sh
            - -c
            - date; echo "Hello from Kubernetes"
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq([r.spec.end, r.counts.Job, r.counts.Pod], ['2026-01-02T00:00:00Z', 1439, 1439], 'end and counts');
    const jobs = h.of('Job');
    h.eq(jobs.filter((j) => !j.metadata.deletionTimestamp).map((j) => j.metadata.name), ['hello-29455197', 'hello-29455198', 'hello-29455199'], 'the last three remain');
    h.eq(jobs.every((j) => h.cond(j, 'Complete')), true, 'all Complete');
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulDelete' }).length, 1436, 'history deletions');
    const cj = h.cronjob('hello');
    h.eq([cj.status.lastScheduleTime, cj.status.lastSuccessfulTime], ['2026-01-01T23:59:00Z', '2026-01-01T23:59:11Z'], 'CronJob status');
  },
};
