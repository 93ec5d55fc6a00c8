// TestControllerV2SyncCronJob rows "with @every schedule, prev ran but done, long overdue, no deadline" and "... long
// overdue, past deadline": @every 1h created 09:01 ran at 10:01; the controller is down for a week. Without a
// deadline, at 2016-05-26 10:00:00 one Warning TooManyMissedTimes and the most recent slot (09:01 that day) is
// created; requeue 1m + nextScheduleDelta, so the 10:01 slot follows at 10:01:00. With startingDeadlineSeconds 10
// (patched in during the outage) nothing is created and no warning is given, neither at 10:00:00 nor at the
// requeue at 10:01:00.1 (the row's now, 10:01:11, gives the same decision: Next(now - 10s) is 59m50s ahead).
const cj = (ns) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: ${ns}}
spec:
  schedule: "@every 1h"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronjobtable/every-long-overdue',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "with @every schedule, prev ran but done, long overdue, no deadline" (expectCreate, 1 warning, requeue 1m + nextScheduleDelta), "with @every schedule, prev ran but done, long overdue, past deadline" (no create); utils_test.go TestMostRecentScheduleTime "@every schedule" (mostRecent 6d23h1m after 10:00, manyMissed)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:01:00Z"
  duration: 7d2h30m
  faults:
  - { at: 1h1m, controllerDown: cronjob, for: 6d23h58m }
  timeline:
  - { at: 2h, patch: { kind: CronJob, namespace: short, name: mycronjob, spec: { startingDeadlineSeconds: 10 } } }
${cj('nodead')}${cj('short')}`,
  check(r, h) {
    const inNs = (ns) => (o) => (o.involvedObject?.namespace ?? o.metadata?.namespace) === ns;
    const ev = r.events.filter(inNs('nodead')).filter((e) => e.involvedObject.kind === 'CronJob' && e.firstTimestamp >= '2016-05-26');
    h.eq(ev.slice(0, 4).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]), [
      ['2016-05-26T10:00:00Z', 'Warning', 'TooManyMissedTimes', 'too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew'],
      ['2016-05-26T10:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24404221'],
      ['2016-05-26T10:00:11Z', 'Normal', 'SawCompletedJob', 'Saw completed job: mycronjob-24404221, condition: Complete'],
      ['2016-05-26T10:01:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24404281'],
    ], 'after the outage');
    h.eq(h.of('Job').filter(inNs('nodead')).map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]).slice(0, 3), [
      ['mycronjob-24394201', '2016-05-19T10:01:00Z', '2016-05-19T10:01:00Z'],
      ['mycronjob-24404221', '2016-05-26T10:00:00Z', '2016-05-26T09:01:00Z'],
      ['mycronjob-24404281', '2016-05-26T10:01:00Z', '2016-05-26T10:01:00Z'],
    ], 'Jobs');
    h.eq(h.of('Job').filter(inNs('short')).map((j) => j.metadata.name), ['mycronjob-24394201'], 'SDS 10: no Job after the outage');
    h.eq(r.events.filter(inNs('short')).filter((e) => e.involvedObject.kind === 'CronJob' && e.firstTimestamp >= '2016-05-26').map((e) => e.reason), [], 'SDS 10: no event after the outage');
  },
};
