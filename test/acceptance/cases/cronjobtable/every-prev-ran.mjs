// TestControllerV2SyncCronJob rows "with @every schedule, prev ran but done, not time" / "... is time" / "... is time,
// past deadline": @every 1h created 08:59 ran at 09:59 (lastScheduleTime 09:59); the controller is down until
// 10:59:11. Without a deadline, the 10:59 slot is created at 10:59:11 (requeue 59m... to 11:59:00.1). When
// startingDeadlineSeconds 10 was set meanwhile (patched during the outage), Next(now - 10s) = 11:59:01 > now: no Job,
// no warning, and never again.
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
  id: 'cronjobtable/every-prev-ran',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "with @every schedule, prev ran but done, not time", "... is time" (expectCreate, requeue 1h-1m+nextScheduleDelta), "... is time, past deadline" (no create, requeue 1h - 11s + nextScheduleDelta)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 4h1m
  faults:
  - { at: 1h0m30s, controllerDown: cronjob, for: 59m41s }
  timeline:
  - { at: 90m, patch: { kind: CronJob, namespace: short, name: mycronjob, spec: { startingDeadlineSeconds: 10 } } }
${cj('nodead')}${cj('short')}`,
  check(r, h) {
    const rows = (ns) => h.of('Job').filter((j) => j.metadata.namespace === ns).map((j) => [j.metadata.name, j.metadata.creationTimestamp]);
    h.eq(rows('nodead'), [
      ['mycronjob-24394199', '2016-05-19T09:59:00Z'],
      ['mycronjob-24394259', '2016-05-19T10:59:11Z'],
      ['mycronjob-24394319', '2016-05-19T11:59:00Z'],
      ['mycronjob-24394379', '2016-05-19T12:59:00Z'],
    ], 'no deadline: 10:59 slot late at 10:59:11, then on time');
    h.eq(rows('short'), [['mycronjob-24394199', '2016-05-19T09:59:00Z']], 'SDS 10: nothing after the 09:59 run');
    const ev = r.events.filter((e) => e.involvedObject.namespace === 'short' && e.involvedObject.kind === 'CronJob');
    h.eq(ev.map((e) => [e.firstTimestamp, e.reason]), [
      ['2016-05-19T09:59:00Z', 'SuccessfulCreate'],
      ['2016-05-19T09:59:11Z', 'SawCompletedJob'],
    ], 'SDS 10: no warning');
    h.eq(h.cronjob('mycronjob', 'short').status.lastScheduleTime, '2016-05-19T09:59:00Z', 'SDS 10: lastScheduleTime stays');
  },
};
