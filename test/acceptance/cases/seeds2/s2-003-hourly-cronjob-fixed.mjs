// Seed 003 backup-cronjob "0 * * * *  # Every hour", with the restartPolicy it lacks added (OnFailure): one Job at the
// top of each hour (01:00, 02:00, 03:00), named backup-cronjob-<minutes since epoch> (29453820 + 60 per hour); the
// untagged image "backup-image" means :latest, so imagePullPolicy defaults to Always and each pod pulls it
// ("Pulling image" / "Successfully pulled image ... in 0s (0s including waiting)"). At 03:30 kubectl shows LAST SCHEDULE
// 30m and Job ages 150m/90m/30m (HumanDuration: minutes up to 3h).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup-cronjob
spec:
  schedule: "0 * * * *"  # Every hour
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: backup-task
              image: backup-image
          restartPolicy: OnFailure
`;
export default {
  id: 'seeds2/s2-003-hourly-cronjob-fixed',
  source: 'seed 003 CronJob; cronjob_controllerv2.go getJobFromTemplate2/getTimeHashInMinutes; pkg/apis/core/v1/defaults.go SetDefaults_Container (no tag -> Always); kubelet images/image_manager.go EnsureImageExists events; kubectl printers.go printCronJob/printJob',
  args: ['--duration', '3h30m'],
  scenario,
  check(r, h) {
    h.eq(h.events({ kind: 'CronJob', reason: 'SuccessfulCreate' }).map((e) => [e.firstTimestamp, e.message]), [
      ['2026-01-01T01:00:00Z', 'Created job backup-cronjob-29453820'],
      ['2026-01-01T02:00:00Z', 'Created job backup-cronjob-29453880'],
      ['2026-01-01T03:00:00Z', 'Created job backup-cronjob-29453940'],
    ], 'hourly Jobs');
    const job = h.job('backup-cronjob-29453820');
    h.eq(job.spec.template.spec.containers[0].imagePullPolicy, 'Always', 'untagged image -> Always');
    const [pod] = h.podsOf('backup-cronjob-29453820');
    h.eq(h.events({ kind: 'Pod', name: pod.metadata.name }).filter((e) => e.reason.startsWith('Pull')).map((e) => [e.reason, e.message]), [
      ['Pulling', 'Pulling image "backup-image"'],
      ['Pulled', 'Successfully pulled image "backup-image" in 0s (0s including waiting)'],
    ], 'pull events');
    const dir = mkdtempSync(join(tmpdir(), 'seeds2-'));
    const file = join(dir, 'cj.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '--duration', '3h30m', '-o', 'text'], { encoding: 'utf8' });
    const lines = out.stdout.split('\n');
    const row = (p) => (lines.find((l) => l.startsWith(p)) ?? '').trim().split(/\s{2,}/);
    h.eq(row('cronjob.batch/backup-cronjob ').slice(0, 7), ['cronjob.batch/backup-cronjob', '0 * * * *', '<none>', 'False', '0', '30m', '3h30m'], 'CronJob row');
    h.eq(['29453820', '29453880', '29453940'].map((n) => row(`job.batch/backup-cronjob-${n} `)[4]), ['150m', '90m', '30m'], 'Job ages');
  },
};
