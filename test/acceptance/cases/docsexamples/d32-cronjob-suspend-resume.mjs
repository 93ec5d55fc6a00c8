// CronJob concept page, "Schedule suspension": "Executions that are suspended during their scheduled time count as
// missed Jobs. When .spec.suspend changes from true to false on an existing CronJob without a starting deadline, the
// missed Jobs are scheduled immediately." Suspended at 30s, resumed at 5m30s: the most recent missed run (00:05) is
// created at once, at 5m30s (only that one: earlier missed slots are never started), then 00:06 on time.
export default {
  id: 'docsexamples/d32-cronjob-suspend-resume',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-suspension; cronjob_controllerv2.go updateCronJob (enqueue now), syncCronJob; reference cronjob-and-friends §2.6 e, §8 item 2',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: suspend
spec:
  duration: 6m30s
  timeline:
  - { at: 30s, patch: { kind: CronJob, name: hello, spec: { suspend: true } } }
  - { at: 5m30s, patch: { kind: CronJob, name: hello, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "* * * * *"
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
            - date; echo Hello from the Kubernetes cluster
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [
      [330, 'Created job hello-29453765'], [360, 'Created job hello-29453766']], 'creates');
    h.eq(h.job('hello-29453765').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T00:05:00Z', 'scheduled time of the late run');
  },
};
