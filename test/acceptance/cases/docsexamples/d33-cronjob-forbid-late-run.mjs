// CronJob concept page, "Concurrency policy": Forbid "skips the new Job run" while the previous one runs, and "when the
// previous Job run finishes, .spec.startingDeadlineSeconds is still taken into account and may result in a new Job
// run". A 150s job from 00:01: 00:02 and 00:03 are blocked (JobAlreadyActive each time); when it completes (00:03:31)
// the most recent blocked slot, 00:03, starts at once; 00:04 is blocked again by it.
export default {
  id: 'docsexamples/d33-cronjob-forbid-late-run',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#concurrency-policy; cronjob_controllerv2.go syncCronJob (Forbid: JobAlreadyActive, lastScheduleTime not advanced); reference cronjob-and-friends §2.6 j, §8 item 6',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: forbid
spec:
  duration: 4m30s
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "* * * * *"
  concurrencyPolicy: Forbid
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
      [120, 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
      [180, 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid'],
      [211, 'SawCompletedJob', 'Saw completed job: hello-29453761, condition: Complete'],
      [211, 'SuccessfulCreate', 'Created job hello-29453763'],
      [240, 'JobAlreadyActive', 'Not starting job because prior execution is running and concurrency policy is Forbid']], 'CronJob events');
  },
};
