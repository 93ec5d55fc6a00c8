// LAST SCHEDULE is HumanDuration(now - status.lastScheduleTime), the scheduled time (not the Job's start);
// TIMEZONE prints spec.timeZone; SUSPEND "False" for the defaulted suspend.
import { runText, tableOf, rowOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: CronJob
metadata: {name: tokyo}
spec:
  schedule: "0 * * * *"
  timeZone: Asia/Tokyo
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: a, image: "alpine:3"}]
          restartPolicy: OnFailure
`;
export default {
  id: 'printers/cronjob-timezone-last-schedule',
  source: 'pkg/printers/internalversion/printers.go printCronJob (timeZone, lastScheduleTime via translateTimestampSince)',
  args: ['--duration', '5h40m'],
  scenario,
  check(r, h) {
    h.eq(h.cronjob('tokyo').status.lastScheduleTime, '2026-01-01T05:00:00Z', 'lastScheduleTime');
    const row = rowOf(tableOf(runText(scenario, ['--duration', '5h40m']), 'cronjob.batch'), 'cronjob.batch/tokyo');
    h.eq([row.SCHEDULE, row.TIMEZONE, row.SUSPEND, row.ACTIVE, row['LAST SCHEDULE'], row.AGE], ['0 * * * *', 'Asia/Tokyo', 'False', '0', '40m', '5h40m'], 'tokyo row');
  },
};
