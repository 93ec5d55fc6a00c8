// Golden traces (README "Golden replays": every event, then every object's final state, one line each):
// --record writes a header line, one line per event, "# final state", one line per object, and the
// counts. --expect against a run that differs (another image: the Pulled message changes) exits 1,
// still prints the report on stdout, and prints on stderr the first divergence: its line number, the
// lines before it, then "- " the expected line and "+ " the actual one.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: gold}
spec:
  seed: 42
---
apiVersion: batch/v1
kind: Job
metadata: {name: pi}
spec:
  completions: 2
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`;
export default {
  id: 'checklib/golden-trace-shape-and-divergence',
  source: 'README command line (--record FILE writes the golden trace; --expect FILE prints the first divergence, exit 1) and Golden replays (every event, then every object\'s final state, one line each)',
  scenario,
  check(r, h) {
    const bin = join(process.cwd(), 'node_modules/.bin/jobsim');
    const dir = mkdtempSync(join(tmpdir(), 'gd-'));
    const a = join(dir, 'a.yaml'), b = join(dir, 'b.yaml'), ga = join(dir, 'a.golden'), gb = join(dir, 'b.golden');
    writeFileSync(a, scenario);
    writeFileSync(b, scenario.replace('busybox:1.36', 'busybox:1.37'));
    h.eq(spawnSync(bin, ['run', a, '-o', 'summary', '--record', ga]).status, 0, 'record a');
    h.eq(spawnSync(bin, ['run', b, '-o', 'summary', '--record', gb]).status, 0, 'record b');
    const lines = readFileSync(ga, 'utf8').split('\n');
    h.eq(lines.pop(), '', 'ends with a newline');
    h.eq(lines[0], `# gold seed=42 ${r.spec.start}..${r.spec.end} (${r.spec.endedBy})`, 'header');
    const ev = r.events.length;
    h.eq(lines[ev + 1], '# final state', 'events, then the final state');
    h.eq(lines.length, 1 + ev + 1 + r.items.length + 1, 'one line per event and per object');
    h.assert(lines.at(-1).startsWith('# counts '), 'counts last');
    h.assert(lines[1].startsWith('+0s Normal SuccessfulCreate Job/pi: Created pod: pi-'), `event line: ${lines[1]}`);
    const p = spawnSync(bin, ['run', b, '-o', 'json', '--expect', ga], { encoding: 'utf8' });
    h.eq(p.status, 1, 'exit 1 on a mismatch');
    h.eq(JSON.parse(p.stdout).spec.seed, 42, 'the report is still printed');
    const other = readFileSync(gb, 'utf8').split('\n');
    let k = 0;
    while (lines[k] === other[k]) k++;
    const err = p.stderr.split('\n');
    const at = err.findIndex((l) => l === `first divergence at line ${k + 1}:`);
    h.assert(at >= 0, `names line ${k + 1}: ${p.stderr}`);
    h.eq(err.slice(at + 1, at + 6), [`  ${lines[k - 3]}`, `  ${lines[k - 2]}`, `  ${lines[k - 1]}`, `- ${lines[k]}`, `+ ${other[k]}`], 'context, expected, actual');
  },
};
