// CronJob concept page, "Schedule syntax": "0 0 13 * 5 states that the task must be started every Friday at midnight, as
// well as on the 13th of each month at midnight" (day-of-month OR day-of-week when both are restricted); "0 3 * * 1"
// runs weekly on Monday at 3 AM.
import { spawnSync } from 'node:child_process';
export default {
  id: 'docsexamples/d35-schedule-friday-13',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax; robfig/cron v3 spec.go dayMatches; reference cronjob-and-friends §1.2',
  scenario: `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: friday
spec:
  schedule: "0 0 13 * 5"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: c
            image: busybox:1.28
          restartPolicy: OnFailure
`,
  args: ['--duration', '15d'],
  check(r, h) {
    h.eq(h.jobsOf('friday').map((j) => j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']), [
      '2026-01-02T00:00:00Z', '2026-01-09T00:00:00Z', '2026-01-13T00:00:00Z'], 'runs (Fri 2, Fri 9, Tue 13)');
    const out = spawnSync('node_modules/.bin/jobsim', ['schedule', '0 3 * * 1', '--from', '2026-01-01T00:00:00Z', '--count', '2', '-o', 'json'], { encoding: 'utf8' });
    h.eq(JSON.parse(out.stdout), ['2026-01-05T03:00:00Z', '2026-01-12T03:00:00Z'], 'Mondays 3 AM');
  },
};
