// "* * * * *" with Forbid and a 2h Job started 00:01 (the template is then edited back to 10s Jobs): lastScheduleTime stays 00:01 while it runs, so from 01:42 every
// minute's sync warns TooManyMissedTimes before JobAlreadyActive. When the Job completes (02:01:01) the same sync sees it
// (SawCompletedJob), warns once more (120 missed) and starts the 02:01 Job late; at 02:02 the count starts again from
// the new lastScheduleTime: Job created, no warning.
export default {
  id: 'cronv2rows/forbid-long-run-too-many-then-late-start',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "still active, is time, F" (JobAlreadyActive) and "prev ran but done, long overdue, no deadline, F" (expectCreate, 1 warning); utils.go mostRecentScheduleTime (numberOfMissedSchedules = elapsed/between + 1 from lastScheduleTime), nextScheduleTime (TooManyMissedTimes before the Forbid check); e2e apps/cronjob.go "should be able to schedule after more than 100 missed schedule"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  duration: 2h2m30s
  timeline:
  - { at: 30m, patch: { kind: CronJob, name: fm, spec: { jobTemplate: { spec: { template: { metadata: { annotations: { jobsim/duration: null } } } } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: fm}
spec:
  schedule: "* * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "2h"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    // upstream's Job controller writes a finishing Job twice (SuccessCriteriaMet first, Complete after: a README known
    // difference), so a sync between the two may add TooManyMissedTimes + JobAlreadyActive at 02:01:01 before the
    // SawCompletedJob: events of that instant before it are left out here
    const all = h.events({ kind: 'CronJob' });
    const saw = all.findIndex((e) => e.reason === 'SawCompletedJob' && e.message.startsWith('Saw completed job: fm-29453761,'));
    h.assert(saw >= 0, 'the 2h Job is seen completed');
    const ev = all.filter((e, i) => i >= saw || e.firstTimestamp !== all[saw].firstTimestamp);
    const many = 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew';
    const forbid = 'Not starting job because prior execution is running and concurrency policy is Forbid';
    h.eq(ev.filter((e) => e.firstTimestamp >= '2026-01-01T02:00:00Z').map((e) => [e.firstTimestamp, e.reason, e.message]), [
      ['2026-01-01T02:00:00Z', 'TooManyMissedTimes', many],
      ['2026-01-01T02:00:00Z', 'JobAlreadyActive', forbid],
      ['2026-01-01T02:01:00Z', 'TooManyMissedTimes', many],
      ['2026-01-01T02:01:00Z', 'JobAlreadyActive', forbid],
      ['2026-01-01T02:01:01Z', 'SawCompletedJob', 'Saw completed job: fm-29453761, condition: Complete'],
      ['2026-01-01T02:01:01Z', 'TooManyMissedTimes', many],
      ['2026-01-01T02:01:01Z', 'SuccessfulCreate', 'Created job fm-29453881'],
      ['2026-01-01T02:01:12Z', 'SawCompletedJob', 'Saw completed job: fm-29453881, condition: Complete'],
      ['2026-01-01T02:02:00Z', 'SuccessfulCreate', 'Created job fm-29453882'],
      ['2026-01-01T02:02:11Z', 'SawCompletedJob', 'Saw completed job: fm-29453882, condition: Complete'],
    ], 'blocked with warnings, one more warning at the late start, then normal');
    const warned = ev.filter((e) => e.reason === 'TooManyMissedTimes').map((e) => e.firstTimestamp.slice(11, 19));
    h.eq(warned, [...Array.from({ length: 18 }, (_, i) => `01:${42 + i}:00`), '02:00:00', '02:01:00', '02:01:01'], 'warnings from 01:42 (101 missed), each minute, and at the late start');
    h.eq(h.job('fm-29453881').metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp'], '2026-01-01T02:01:00Z', 'late Job of the 02:01 slot');
  },
};
