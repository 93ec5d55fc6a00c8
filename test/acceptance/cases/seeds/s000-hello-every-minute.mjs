// Seed 000 "hello" CronJob ("*/1 * * * *"): one Job per minute, on the minute, named <cronjob>-<minutes since
// epoch>, each with the scheduled-timestamp annotation and one pod; each Job completes 11s after its slot
// (10s container + the Job controller's 1s pod-update batching); SawCompletedJob; lastScheduleTime is the slot,
// lastSuccessfulTime the last Job's completionTime.
export default {
  id: 'seeds/s000-hello-every-minute',
  source: 'seed 000 hello CronJob; cronjob_controllerv2.go syncCronJob/getJobFromTemplate2 (name, annotation), nextScheduleTimeDuration (+100ms); job_controller.go enqueueSyncJobBatched (1s); reference cronjob §2.5, §2.6 l-n',
  args: ['--duration', '5m30s'],
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
    const created = h.events({ reason: 'SuccessfulCreate', kind: 'CronJob', name: 'hello' });
    h.eq(created.map((e) => [h.sec(e.firstTimestamp), e.message]), [
      [60, 'Created job hello-29453761'], [120, 'Created job hello-29453762'], [180, 'Created job hello-29453763'],
      [240, 'Created job hello-29453764'], [300, 'Created job hello-29453765'],
    ], 'one Job per minute, on the minute');
    h.eq(created.every((e) => e.type === 'Normal' && e.source.component === 'cronjob-controller'), true, 'Normal events from cronjob-controller');
    for (const [i, n] of [[1, 29453761], [2, 29453762], [3, 29453763], [4, 29453764], [5, 29453765]]) {
      const job = h.find('Job', `hello-${n}`);
      h.assert(job, `Job hello-${n} exists`);
      h.eq(job.metadata.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp'], `2026-01-01T00:0${i}:00Z`, `hello-${n} scheduled-timestamp`);
      h.eq(h.sec(job.status.startTime), 60 * i, `hello-${n} startTime`);
      h.eq(h.sec(job.status.completionTime), 60 * i + 11, `hello-${n} completionTime`);
      h.eq(job.status.succeeded, 1, `hello-${n} succeeded`);
      h.eq(h.podsOf(`hello-${n}`).length, 1, `hello-${n} pods`);
    }
    const saw = h.events({ reason: 'SawCompletedJob', kind: 'CronJob', name: 'hello' });
    h.eq(saw.map((e) => [h.sec(e.firstTimestamp), e.message]), [1, 2, 3, 4, 5].map((i) => [60 * i + 11, `Saw completed job: hello-2945376${i}, condition: Complete`]), 'SawCompletedJob events');
    const cj = h.cronjob('hello');
    h.eq(cj.status.lastScheduleTime, '2026-01-01T00:05:00Z', 'lastScheduleTime = the nominal slot');
    h.eq(cj.status.lastSuccessfulTime, '2026-01-01T00:05:11Z', 'lastSuccessfulTime = completionTime');
    h.eq(cj.status.active, undefined, 'no active Job at 00:05:30 (omitted when empty)');
    h.eq([cj.spec.concurrencyPolicy, cj.spec.suspend, cj.spec.successfulJobsHistoryLimit, cj.spec.failedJobsHistoryLimit], ['Allow', false, 3, 1], 'CronJob defaults');
  },
};
