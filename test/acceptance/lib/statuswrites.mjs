// The trace helper of the statusseq cases: a Job's status writes, read from `jobsim run --trace`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

// Every distinct status the Job was written with, in order, from the --trace stream, one string per write:
// "<sec> a<active> r<ready> T<terminating> s<succeeded> f<failed> st<startTime sec> [ct<completionTime sec>]
//  [ci=<completedIndexes>] [fi=<failedIndexes>] [Type=Status/Reason@lastTransition/lastProbe ...]"
// (object changes that leave the status as it was, e.g. spec patches, are skipped).
export function statusWrites(scenario, name, args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'statusseq-'));
  const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
  writeFileSync(f, scenario);
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary', '--trace', t, ...args], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`--trace run: exit ${p.status}: ${p.stderr.slice(0, 200)}`);
  const lines = readFileSync(t, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  const start = Date.parse(lines[0].t);
  const sec = (x) => (Date.parse(x) - start) / 1000;
  const out = [];
  let prev;
  for (const l of lines) {
    if (l.type !== 'object' || l.kind !== 'Job' || l.name !== name) continue;
    const s = l.object.status ?? {};
    let row = `a${s.active ?? 0} r${s.ready ?? '-'} T${s.terminating ?? '-'} s${s.succeeded ?? 0} f${s.failed ?? 0} st${s.startTime ? sec(s.startTime) : '-'}`;
    if (s.completionTime) row += ` ct${sec(s.completionTime)}`;
    if (s.completedIndexes !== undefined) row += ` ci=${s.completedIndexes}`;
    if (s.failedIndexes !== undefined) row += ` fi=${s.failedIndexes}`;
    if (s.uncountedTerminatedPods && ((s.uncountedTerminatedPods.succeeded ?? []).length || (s.uncountedTerminatedPods.failed ?? []).length)) row += ' uncounted';
    for (const c of s.conditions ?? []) row += ` ${c.type}=${c.status}/${c.reason}@${sec(c.lastTransitionTime)}/${sec(c.lastProbeTime)}`;
    if (row === prev) continue;
    prev = row;
    out.push(`${sec(l.t)} ${row}`);
  }
  return out;
}
