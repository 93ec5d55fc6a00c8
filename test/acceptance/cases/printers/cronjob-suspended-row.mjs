// printCronJob: SCHEDULE verbatim, TIMEZONE "<none>" without spec.timeZone, SUSPEND printBoolPtr ("True"),
// ACTIVE len(status.active), LAST SCHEDULE "<none>" without lastScheduleTime, AGE; wide: the job template's
// containers and images, and "<none>" for its unset selector.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly}
spec:
  schedule: "30 2 * * *"
  suspend: true
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: a, image: "alpine:3"}, {name: b, image: "busybox"}]
          restartPolicy: OnFailure
`;
export default {
  id: 'printers/cronjob-suspended-row',
  source: 'pkg/printers/internalversion/printers.go printCronJob, printBoolPtr; TestPrintCronJob',
  args: ['--duration', '5h40m'],
  scenario,
  check(r, h) {
    const t = tableOf(runText(scenario, ['--duration', '5h40m']), 'cronjob.batch');
    h.eq(t.header, ['NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR'], 'cronjob header');
    h.eq(rowOf(t, 'cronjob.batch/nightly'), {
      NAME: 'cronjob.batch/nightly', SCHEDULE: '30 2 * * *', TIMEZONE: '<none>', SUSPEND: 'True', ACTIVE: '0',
      'LAST SCHEDULE': '<none>', AGE: '5h40m', CONTAINERS: 'a,b', IMAGES: 'alpine:3,busybox', SELECTOR: '<none>',
    }, 'nightly row');
  },
};
