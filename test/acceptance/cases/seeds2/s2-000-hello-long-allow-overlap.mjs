// Seed 000 "hello" whose work takes 90s (longer than the 1-minute period): the default concurrencyPolicy Allow starts
// each run on time while the previous one still runs, so two Jobs overlap: at 00:03:30 status.active lists
// hello-29453762 (00:02) and hello-29453763 (00:03), ordered as they were added; each Job completes 91s after its slot
// (90s + 1s batching); lastSuccessfulTime is hello-29453761's completion (00:02:31).
export default {
  id: 'seeds2/s2-000-hello-long-allow-overlap',
  source: 'seed 000 hello; cronjob_controllerv2.go syncCronJob (Allow: no check of active jobs), status.active appended in creation order, lastSuccessfulTime from completionTime; reference cronjob §2.6',
  args: ['--duration', '3m30s'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "*/1 * * * *" # Cron syntax
  jobTemplate:
    spec:
      template:
        metadata:
          annotations:
            jobsim/duration: "90s"
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
    h.eq(h.events({ reason: 'SuccessfulCreate', kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[60, 'Created job hello-29453761'], [120, 'Created job hello-29453762'], [180, 'Created job hello-29453763']], 'one Job per minute despite overlap');
    h.eq(h.events({ reason: 'JobAlreadyActive' }).length, 0, 'no JobAlreadyActive under Allow');
    const cj = h.cronjob('hello');
    h.eq((cj.status.active ?? []).map((a) => [a.kind, a.name, a.apiVersion]), [['Job', 'hello-29453762', 'batch/v1'], ['Job', 'hello-29453763', 'batch/v1']], 'two active Jobs');
    h.eq([cj.status.lastScheduleTime, cj.status.lastSuccessfulTime], ['2026-01-01T00:03:00Z', '2026-01-01T00:02:31Z'], 'CronJob times');
    h.eq(h.sec(h.job('hello-29453761').status.completionTime), 151, 'hello-29453761 completes at slot + 91s');
    h.eq(h.events({ reason: 'SawCompletedJob' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[151, 'Saw completed job: hello-29453761, condition: Complete']], 'SawCompletedJob');
  },
};
