// TestControllerV2SyncCronJob rows "with @every schedule, still active, is time" and "... still active, is time, not
// past deadline": @every 1h created 07:59, its 08:59 Job still running when the controller syncs at 10:01: the most
// recent slot 09:59 is created beside it (expectActive 2) and the requeue is 1h - 2m + nextScheduleDelta (next Job at
// 10:59:00).
const cj = (ns, sds) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: ${ns}}
spec:
  schedule: "@every 1h"
${sds ? `  startingDeadlineSeconds: ${sds}\n` : ''}  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "3h"}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronjobtable/every-still-active',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2_test.go TestControllerV2SyncCronJob rows "with @every schedule, still active, is time" (expectCreate, expectActive 2, requeue 1h - 2m + nextScheduleDelta), "with @every schedule, still active, is time, not past deadline"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T07:59:00Z"
  duration: 3h10m
  faults:
  - { at: 1h1m, controllerDown: cronjob, for: 1h1m }
${cj('nodead')}${cj('longdead', 1000000)}`,
  check(r, h) {
    for (const ns of ['nodead', 'longdead']) {
      h.eq(h.of('Job').filter((j) => j.metadata.namespace === ns).map((j) => [j.metadata.name, j.metadata.creationTimestamp]), [
        ['mycronjob-24394139', '2016-05-19T08:59:00Z'],
        ['mycronjob-24394199', '2016-05-19T10:01:00Z'],
        ['mycronjob-24394259', '2016-05-19T10:59:00Z'],
      ], `${ns}: 09:59 slot at 10:01, 10:59 on time`);
      const st = h.cronjob('mycronjob', ns).status;
      h.eq([st.lastScheduleTime, (st.active ?? []).map((a) => a.name)], ['2016-05-19T10:59:00Z', ['mycronjob-24394139', 'mycronjob-24394199', 'mycronjob-24394259']], `${ns}: status`);
    }
  },
};
