// Forbid + a Job that fails by its own activeDeadlineSeconds: the Job of the 00:01 slot (created 60.1s, startTime 60s) is
// FailureTarget at 150s and Failed at 151s. The 00:02 slot found it active (JobAlreadyActive at 120s) and was not recorded. When
// the Job turns Failed (151s), its update syncs the CronJob: with SDS 45 the 00:02 slot (31s old) still starts, late, at 151s;
// with SDS 30 it is out of reach (earliest = 121s, Next = 00:03) and the next Job is 00:03's, on time.
export default {
  id: 'deadlines/sds-forbid-after-deadline-failure',
  source: 'pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (Forbid: JobAlreadyActive, lastScheduleTime not advanced; finished Job -> SawCompletedJob), utils.go mostRecentScheduleTime; job_controller.go pastActiveDeadline; reference cronjob-and-friends §2.6 j, §8.6',
  args: ['--duration', '3m30s'],
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata: {name: f45}
spec:
  schedule: "*/1 * * * *"
  concurrencyPolicy: Forbid
  startingDeadlineSeconds: 45
  jobTemplate:
    spec:
      activeDeadlineSeconds: 90
      template:
        metadata:
          annotations: {jobsim/duration: "10m"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: f30}
spec:
  schedule: "*/1 * * * *"
  concurrencyPolicy: Forbid
  startingDeadlineSeconds: 30
  jobTemplate:
    spec:
      activeDeadlineSeconds: 90
      template:
        metadata:
          annotations: {jobsim/duration: "10m"}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const first = h.job('f45-29453761');
    h.eq(first.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 150], ['Failed', 'DeadlineExceeded', 151]], 'first Job conditions');
    h.eq(h.jobsOf('f45').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [['f45-29453761', 60], ['f45-29453762', 151]], 'f45 jobs');
    h.eq(h.jobsOf('f30').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [['f30-29453761', 60], ['f30-29453763', 180]], 'f30 jobs');
    h.eq(h.events({ kind: 'CronJob', name: 'f45', reason: 'SawCompletedJob' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [
      ['Saw completed job: f45-29453761, condition: Failed', 151]], 'f45 SawCompletedJob');
    h.eq(h.events({ kind: 'CronJob', name: 'f30', reason: 'JobAlreadyActive' }).map((e) => h.sec(e.firstTimestamp)), [120], 'f30 JobAlreadyActive');
  },
};
