// TestControllerV2SyncCronJob rows "with @every schedule, never ran, is time, past deadline" (startingDeadlineSeconds
// 10) and "... is time, not past deadline" (1000000): created 08:59, controller first syncs at 09:59:11. With SDS 10
// the look-back starts at now - 10s and Next(09:59:01) = 10:59:01 > now: nothing, requeue to 10:59:00.1 (1h - 11s +
// nextScheduleDelta), and since @every counts from that lifted instant, it never fires. With SDS 1000000 the 09:59
// slot is created at 09:59:11 and the next one at 10:59:00.
const cj = (ns, sds) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: ${ns}}
spec:
  schedule: "@every 1h"
  startingDeadlineSeconds: ${sds}
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronjobtable/every-never-ran-deadline',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "with @every schedule, never ran, is time, past deadline" (no create, requeue 1h - 11s + nextScheduleDelta), "with @every schedule, never ran, is time, not past deadline" (expectCreate)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T08:59:00Z"
  duration: 5h
  faults:
  - { at: 0s, controllerDown: cronjob, for: 60m11s }
${cj('short', 10)}${cj('long', 1000000)}`,
  check(r, h) {
    h.eq(h.of('Job').filter((j) => j.metadata.namespace === 'short').length, 0, 'SDS 10: never a Job');
    h.eq(r.events.filter((e) => e.involvedObject.namespace === 'short').length, 0, 'SDS 10: no event (no MissSchedule)');
    h.eq(h.of('Job').filter((j) => j.metadata.namespace === 'long').slice(0, 2).map((j) => [j.metadata.name, j.metadata.creationTimestamp]), [
      ['mycronjob-24394199', '2016-05-19T09:59:11Z'],
      ['mycronjob-24394259', '2016-05-19T10:59:00Z'],
    ], 'SDS 1000000: the 09:59 slot at 09:59:11, then 10:59:00');
  },
};
