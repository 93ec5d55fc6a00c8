// Seed 000: "*/1 * * * *" runs on each minute boundary, not one minute after the CronJob is created: created at
// 00:00:30, the first Job is the 00:01:00 slot (hello-29453761), the next 00:02:00.
export default {
  id: 'seeds/s000-hello-first-slot-on-the-minute',
  source: 'cronjob utils.go mostRecentScheduleTime (earliest = creationTimestamp; Next strictly after); robfig/cron SpecSchedule.Next; reference cronjob §2.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: hello-half-past
spec:
  start: "2026-01-01T00:00:30Z"
  duration: 2m
---
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
    h.eq(created.map((e) => [e.firstTimestamp, e.message]), [
      ['2026-01-01T00:01:00Z', 'Created job hello-29453761'],
      ['2026-01-01T00:02:00Z', 'Created job hello-29453762'],
    ], 'Jobs on the minute boundaries');
    h.eq(h.job('hello-29453761').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T00:01:00Z', 'annotation');
    h.eq(h.cronjob('hello').status.lastScheduleTime, '2026-01-01T00:02:00Z', 'lastScheduleTime');
  },
};
