// Seed 000 "On its defined schedule, the CronJob controller creates a new Job" - unless spec.suspend is true: the
// hello CronJob applied with suspend: true creates nothing in 5 minutes, records no event, keeps no lastScheduleTime;
// kubectl shows SUSPEND True, ACTIVE 0, LAST SCHEDULE <none>.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  suspend: true
  schedule: "*/1 * * * *" # Cron syntax
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: hello
            image: busybox:1.28
            imagePullPolicy: IfNotPresent
            command:
            - /bin/sh
            - -c
            - date; echo "Hello from Kubernetes"
          restartPolicy: OnFailure
`;
export default {
  id: 'seeds2/s2-000-hello-suspended-manifest',
  source: 'seed 000 hello; cronjob_controllerv2.go syncCronJob (Spec.Suspend -> no Job, no event); kubectl printers.go printCronJob (SUSPEND, LAST SCHEDULE <none>)',
  args: ['--duration', '5m'],
  scenario,
  check(r, h) {
    h.eq([r.counts.Job, r.counts.Pod, r.events.length], [0, 0, 0], 'nothing created');
    h.eq(h.cronjob('hello').status.lastScheduleTime, undefined, 'no lastScheduleTime');
    const dir = mkdtempSync(join(tmpdir(), 'seeds2-'));
    const file = join(dir, 'hello.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '--duration', '5m', '-o', 'text'], { encoding: 'utf8' });
    const row = (out.stdout.split('\n').find((l) => l.startsWith('cronjob.batch/hello ')) ?? '').trim().split(/\s{2,}/);
    h.eq(row.slice(0, 7), ['cronjob.batch/hello', '*/1 * * * *', '<none>', 'True', '0', '<none>', '5m'], 'CronJob row');
  },
};
