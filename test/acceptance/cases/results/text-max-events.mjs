// `jobsim run --max-events N` (in `jobsim run --help`): the text report prints the first N events of the
// log and says how many more there are; the count in the heading stays the total. The README's command
// list does not mention the flag.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: 3
  parallelism: 3
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'results/text-max-events',
  source: 'jobsim run --help (--max-events N: text output prints at most N events)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'mev-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '--max-events', '4'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const lines = p.stdout.split('\n');
    const i = lines.indexOf(`Events (${r.events.length}):`);
    h.assert(i > 0, 'Events heading with the total');
    h.eq(lines.slice(i + 2, i + 6).map((l) => l.split(/\s{2,}/)[2]), r.events.slice(0, 4).map((e) => e.reason), 'the first 4 events');
    h.eq(lines[i + 6], `... ${r.events.length - 4} more events (use -o json or --trace)`, 'the rest summarised');
  },
};
