// --max-events 0: the event section keeps its heading with the total and the table header, and summarises all of
// the events in one line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'printers2/max-events-zero',
  source: 'jobsim run --help (--max-events N); README "The text report" (the first 2,000 events, --max-events N to change that)',
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'p2-'));
    const f = join(dir, 's.yaml');
    writeFileSync(f, scenario);
    const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '--max-events', '0'], { encoding: 'utf8' });
    h.eq(p.status, 0, 'exit');
    const lines = p.stdout.split('\n');
    const i = lines.indexOf(`Events (${r.events.length}):`);
    h.assert(i > 0, 'heading with the total');
    h.eq(lines[i + 1].split(/\s+/), ['TIME', 'TYPE', 'REASON', 'OBJECT', 'SOURCE', 'MESSAGE'], 'header');
    h.eq(lines[i + 2], `... ${r.events.length} more events (use -o json or --trace)`, 'summary line');
  },
};
