// Seed 000 "hello" whose run takes 5 minutes, and the user deletes the running Job (kubectl delete job, background) at
// 00:01:30: the CronJob controller notices its active Job is gone: MissingJob "Active job went missing: ..." (Normal)
// at 00:01:30, status.active empties; the garbage collector deletes the running pod (Killing, exit 143, Failed); the
// next run still starts on time at 00:02:00.
export default {
  id: 'seeds2/s2-000-hello-job-deleted-missingjob',
  source: 'seed 000 hello; cronjob_controllerv2.go syncCronJob (active Job not in lister and NotFound from GET -> MissingJob "Active job went missing: %v", deleteFromActiveList); garbage collector background deletion',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: del
spec:
  duration: 2m30s
  timeline:
    - { at: 90s, delete: { kind: Job, name: hello-29453761 } }
---
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
            jobsim/duration: "5m"
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
    h.eq(h.events({ kind: 'CronJob', name: 'hello' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]), [
      [60, 'Normal', 'SuccessfulCreate', 'Created job hello-29453761'],
      [90, 'Normal', 'MissingJob', 'Active job went missing: hello-29453761'],
      [120, 'Normal', 'SuccessfulCreate', 'Created job hello-29453762'],
    ], 'CronJob events');
    const job = h.job('hello-29453761');
    h.eq(h.sec(job.metadata.deletionTimestamp), 90, 'Job deleted');
    const [pod] = h.podsOf('hello-29453761');
    h.eq([h.sec(pod.metadata.deletionTimestamp), pod.status.phase, h.exitCodeOf(pod)], [120, 'Failed', 143], 'pod deleted by the GC, graceful (30s)');
    h.eq(h.events({ kind: 'Pod', name: pod.metadata.name, reason: 'Killing' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[90, 'Stopping container hello']], 'Killing');
    h.eq((h.cronjob('hello').status.active ?? []).map((a) => a.name), ['hello-29453762'], 'active');
  },
};
