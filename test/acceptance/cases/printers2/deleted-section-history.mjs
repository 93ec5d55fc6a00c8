// The "Deleted during the run" section (README): what kubectl get no longer shows, when its deletion was asked for
// and how it ended. A CronJob every minute (10s Jobs) read at 5m30s: successfulJobsHistoryLimit 3 removed the Jobs
// of 00:01 and 00:02 (background propagation: their pods too) when the Jobs of 00:04 and 00:05 finished.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { tableOf } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: CronJob
metadata: {name: m}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
export default {
  id: 'printers2/deleted-section-history',
  source: 'README "The text report" (objects deleted during the run: when their deletion was asked for, how they ended); cronjob_controllerv2 cleanupFinishedJobs (successfulJobsHistoryLimit 3, background deletion)',
  args: ['--duration', '5m30s'],
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'p2-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '--duration', '5m30s'], { encoding: 'utf8' }).stdout;
    const lines = out.split('\n');
    const i = lines.findIndex((l) => /^Deleted during the run \(\d+\):$/.test(l));
    h.eq(lines[i], 'Deleted during the run (4):', 'heading');
    h.eq(lines[i + 1].split(/\s{2,}/), ['DELETED', 'OBJECT', 'LAST STATE'], 'header');
    const rows = lines.slice(i + 2, i + 6).map((l) => l.split(/\s{2,}/));
    const p1 = h.podsOf('m-29453761')[0], p2 = h.podsOf('m-29453762')[0];
    h.assert(p1 && p2, 'deleted pods are in items');
    h.eq(rows.map((x) => x[1]).sort(), ['job/m-29453761', 'job/m-29453762', `pod/${p1.metadata.name}`, `pod/${p2.metadata.name}`].sort(), 'deleted objects');
    for (const x of rows) {
      if (x[1].startsWith('job/')) h.eq(x[2], 'Complete (CompletionsReached)', `${x[1]} last state`);
      else h.eq(x[2], 'Succeeded', `${x[1]} last state`);
    }
    h.eq(tableOf(out, 'job.batch').rows.map((j) => j.NAME), ['job.batch/m-29453763', 'job.batch/m-29453764', 'job.batch/m-29453765'], 'jobs still listed');
  },
};
