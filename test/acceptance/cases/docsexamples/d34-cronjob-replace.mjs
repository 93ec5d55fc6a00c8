// CronJob concept page, "Concurrency policy": Replace "replaces the currently running Job run with a new Job run". A 150s
// job: at 00:02 the 00:01 Job is deleted (SuccessfulDelete "Deleted job ...", background propagation: its running pod
// is deleted by the garbage collector) and hello-<00:02> created in the same sync.
export default {
  id: 'docsexamples/d34-cronjob-replace',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#concurrency-policy; cronjob_controllerv2.go syncCronJob (Replace: delete Background then create); reference cronjob-and-friends §2.6 k',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: replace
spec:
  duration: 2m30s
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "* * * * *"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        metadata:
          annotations:
            jobsim/duration: "150s"
        spec:
          containers:
          - name: hello
            image: busybox:1.28
            imagePullPolicy: IfNotPresent
            command: ["/bin/sh", "-c", "date; echo Hello from the Kubernetes cluster"]
          restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [
      [60, 'SuccessfulCreate', 'Created job hello-29453761'],
      [120, 'SuccessfulDelete', 'Deleted job hello-29453761'],
      [120, 'SuccessfulCreate', 'Created job hello-29453762']], 'CronJob events');
    h.eq(h.sec(h.job('hello-29453761').metadata.deletionTimestamp), 120, 'old Job deleted');
    const old = h.podsOf('hello-29453761');
    h.eq(old.length, 1, 'old pod');
    h.assert(old[0].metadata.deletionTimestamp !== undefined && h.sec(old[0].metadata.deletionTimestamp) >= 120, 'old pod deleted');
    h.eq(h.cronjob('hello').status.active.map((a) => a.name), ['hello-29453762'], 'active');
  },
};
