// Concept page, Allow (default): "The CronJob allows concurrently running Jobs", and "if startingDeadlineSeconds is
// ... left unset (the default) and if concurrencyPolicy is set to Allow, the Jobs will always run at least once".
// hello on "* * * * *" with Jobs that run 150s: every slot gets its Job on time though the earlier ones still run;
// at 00:05:30 three Jobs overlap (00:03, 00:04, 00:05), the 00:01 and 00:02 ones are done (00:03:31, 00:04:31).
export default {
  id: 'crondocs/allow-overlapping-runs',
  source: 'website cron-jobs.md "Concurrency policy" (Allow) and "Job creation"; cronjob_controllerv2.go syncCronJob (no concurrency check for Allow; status.active appended)',
  args: ['--duration', '5m30s'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        metadata:
          annotations: {jobsim/duration: "150s"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => e.firstTimestamp), [1, 2, 3, 4, 5].map((i) => `2026-01-01T00:0${i}:00Z`), 'on time');
    h.eq(h.cronjob('hello').status.active.map((a) => a.name), ['hello-29453763', 'hello-29453764', 'hello-29453765'], 'three overlap');
    h.eq(h.events({ kind: 'CronJob', reason: 'SawCompletedJob' }).map((e) => [e.firstTimestamp, e.message]), [
      ['2026-01-01T00:03:31Z', 'Saw completed job: hello-29453761, condition: Complete'],
      ['2026-01-01T00:04:31Z', 'Saw completed job: hello-29453762, condition: Complete']], 'completions');
    h.eq(h.cronjob('hello').status.lastSuccessfulTime, '2026-01-01T00:04:31Z', 'lastSuccessfulTime');
  },
};
