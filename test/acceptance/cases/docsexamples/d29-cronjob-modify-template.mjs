// CronJob concept page, "Modifying a CronJob": "the changes you make will apply to new Jobs that start to run after your
// modification is complete. Jobs (and their Pods) that have already started continue to run without changes." A label
// added to jobTemplate at 90s: the 00:01 Job keeps version v1, the 00:02 and 00:03 Jobs get v2.
export default {
  id: 'docsexamples/d29-cronjob-modify-template',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#modifying-a-cronjob; cronjob_controllerv2.go getJobFromTemplate2 (copies jobTemplate labels at creation)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: modify
spec:
  duration: 3m30s
  timeline:
  - { at: 90s, patch: { kind: CronJob, name: hello, spec: { jobTemplate: { metadata: { labels: { version: v2 } } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "* * * * *"
  jobTemplate:
    metadata:
      labels:
        version: v1
    spec:
      template:
        metadata:
          annotations:
            jobsim/duration: "100s"
        spec:
          containers:
          - name: hello
            image: busybox:1.28
            imagePullPolicy: IfNotPresent
            command: ["/bin/sh", "-c", "date; echo Hello from the Kubernetes cluster"]
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(h.jobsOf('hello').map((j) => [j.metadata.name, j.metadata.labels?.version, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['hello-29453761', 'v1', '2026-01-01T00:01:00Z'], ['hello-29453762', 'v2', '2026-01-01T00:02:00Z'], ['hello-29453763', 'v2', '2026-01-01T00:03:00Z']], 'Jobs');
    h.eq(h.job('hello-29453761').status.succeeded, 1, 'the running Job finished unchanged');
  },
};
