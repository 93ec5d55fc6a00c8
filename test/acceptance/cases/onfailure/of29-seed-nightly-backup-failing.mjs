// Seed 004's nightly-backup CronJob (restartPolicy OnFailure, image my-backup-tool:latest) whose backup.sh always
// exits 1: the 03:00 Job nightly-backup-29453940 restarts its container in place (default backoffLimit 6) at
// +10, +30, +60, +110, +200, +370s, pulling the :latest image before every start (imagePullPolicy Always); the 6th
// restart trips the limit: FailureTarget 03:06:11, Failed 03:06:12, the CronJob sees it (SawCompletedJob ...
// condition: Failed) and keeps lastSuccessfulTime unset.
export default {
  id: 'onfailure/seed-nightly-backup-failing',
  source: 'seed 004 "Creating a CronJob"; pkg/apis/core/v1/defaults.go (imagePullPolicy Always for :latest); kuberuntime computePodActions/startContainer (EnsureImageExists each start); job_controller.go pastBackoffLimitOnFailure; cronjob_controllerv2.go syncCronJob (SawCompletedJob); reference cronjob §2',
  args: ['--duration', '4h'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: nightly-backup
spec:
  schedule: "0 3 * * *" # Run at 3:00 AM every day
  jobTemplate:
    spec:
      template:
        metadata:
          annotations:
            jobsim/exit-codes: "1"
        spec:
          containers:
          - name: backup
            image: my-backup-tool:latest
            args: ["/bin/sh", "-c", "backup.sh"]
          restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('nightly-backup-29453940');
    h.eq(job.spec.template.spec.containers[0].imagePullPolicy, 'Always', 'pull policy');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.lastTransitionTime]), [
      ['FailureTarget', 'BackoffLimitExceeded', '2026-01-01T03:06:11Z'], ['Failed', 'BackoffLimitExceeded', '2026-01-01T03:06:12Z']], 'conditions');
    const pod = h.podsOf('nightly-backup-29453940')[0];
    const at = (reason) => h.events({ kind: 'Pod', name: pod.metadata.name, reason }).map((e) => h.sec(e.firstTimestamp) - 10800);
    h.eq(at('Started'), [0, 10, 30, 60, 110, 200, 370], 'starts');
    h.eq(at('Pulling'), [0, 10, 30, 60, 110, 200, 370], 'a pull before each start');
    h.eq(pod.status.containerStatuses[0].restartCount, 6, 'restartCount');
    h.eq(h.events({ kind: 'CronJob', reason: 'SawCompletedJob' }).map((e) => [e.lastTimestamp, e.message]), [['2026-01-01T03:06:12Z', 'Saw completed job: nightly-backup-29453940, condition: Failed']], 'SawCompletedJob');
    const cj = h.cronjob('nightly-backup');
    h.eq([cj.status.lastScheduleTime, cj.status.lastSuccessfulTime, cj.status.active], ['2026-01-01T03:00:00Z', undefined, undefined], 'CronJob status');
  },
};
