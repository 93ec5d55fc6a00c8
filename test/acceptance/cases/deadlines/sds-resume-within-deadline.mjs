// Suspended across a slot and resumed within startingDeadlineSeconds: the resume is a spec change (enqueued at once) and the
// sync looks back to max(lastScheduleTime|creation, now - SDS). Suspended 9m-10m40s, schedule */10: with SDS 60 the 00:10 slot
// (40s old) is started at 10m40s, named and annotated for 00:10, lastScheduleTime 00:10:00; with SDS 30 it is dropped silently
// and the next Job is 00:20's, on time.
export default {
  id: 'deadlines/sds-resume-within-deadline',
  source: 'pkg/controller/cronjob/cronjob_controllerv2.go updateCronJob (non-schedule change: enqueue now), syncCronJob (suspend: return; then nextScheduleTime with SDS); utils.go mostRecentScheduleTime; reference cronjob-and-friends §2.1, §2.6 e/g/n',
  args: ['--duration', '21m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
    - {at: 9m, patch: {kind: CronJob, name: in, spec: {suspend: true}}}
    - {at: 9m, patch: {kind: CronJob, name: out, spec: {suspend: true}}}
    - {at: 10m40s, patch: {kind: CronJob, name: in, spec: {suspend: false}}}
    - {at: 10m40s, patch: {kind: CronJob, name: out, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: in}
spec:
  schedule: "*/10 * * * *"
  startingDeadlineSeconds: 60
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: out}
spec:
  schedule: "*/10 * * * *"
  startingDeadlineSeconds: 30
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const jin = h.jobsOf('in');
    h.eq(jin.map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [['in-29453770', 640], ['in-29453780', 1200]], 'in: jobs');
    h.eq(jin[0].metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T00:10:00Z', 'in: late Job annotation');
    h.eq(h.jobsOf('out').map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [['out-29453780', 1200]], 'out: jobs');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warnings');
  },
};
