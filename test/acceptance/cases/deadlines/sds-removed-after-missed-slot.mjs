// A slot dropped by startingDeadlineSeconds is not lost for good if the deadline goes: "*/5", SDS 30, the CronJob controller
// down 4m-5m40s, so the 00:05 slot is dropped at the return (silently). Removing startingDeadlineSeconds at 7m is a non-schedule
// change, which enqueues the CronJob at once; lastScheduleTime is still unset, so the look-back from creation finds 00:05 as the
// most recent unmet slot and creates it at 7m (named and annotated for 00:05); 00:10's Job follows on time.
export default {
  id: 'deadlines/sds-removed-after-missed-slot',
  source: 'pkg/controller/cronjob/cronjob_controllerv2.go updateCronJob ("other parameters changed, requeue this now"), utils.go mostRecentScheduleTime (earliest = lastScheduleTime ?? creationTimestamp; SDS bound only when set); reference cronjob-and-friends §2.1, §2.3',
  args: ['--duration', '11m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  faults:
    - {at: 4m, controllerDown: cronjob, for: 100s}
  timeline:
    - {at: 7m, patch: {kind: CronJob, name: c, spec: {startingDeadlineSeconds: null}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: c}
spec:
  schedule: "*/5 * * * *"
  startingDeadlineSeconds: 30
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const jobs = h.jobsOf('c');
    h.eq(jobs.map((j) => [j.metadata.name, h.sec(j.metadata.creationTimestamp)]), [['c-29453765', 420], ['c-29453770', 600]], 'jobs');
    h.eq(jobs[0].metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T00:05:00Z', 'late Job annotation');
    h.eq(h.events({ kind: 'CronJob', type: 'Warning' }).length, 0, 'no warnings');
  },
};
