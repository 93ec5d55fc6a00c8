// parallelism raised 1 -> 3 at 5s (completions 3): synced at once, active 3 written at 5s (ready 1), ready 3 at 6s; after the
// first success (11s) no pod is created (wantActive = min(3-1, 3) = 2 = active), Complete at 16s.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
// Every distinct status the Job was written with, in order, from the --trace stream, one string per write:
// "<sec> a<active> r<ready> T<terminating> s<succeeded> f<failed> st<startTime sec> [ct<completionTime sec>]
//  [ci=<completedIndexes>] [fi=<failedIndexes>] [Type=Status/Reason@lastTransition/lastProbe ...]"
// (object changes that leave the status as it was, e.g. spec patches, are skipped).
function statusWrites(scenario, name, args = []) {
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

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k16}\nspec:\n  timeline:\n  - {at: 5s, patch: {kind: Job, name: j, spec: {parallelism: 3}}}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 1\n  completions: 3\n  template:\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/scale-up-immediate-sync',
  source: "job_controller.go updateJob (generation change -> enqueueSyncJobImmediately), manageJob wantActive; reference §2.6, §3.6",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a1 r0 T0 s0 f0 st0",
      "1 a1 r1 T0 s0 f0 st0",
      "5 a3 r1 T0 s0 f0 st0",
      "6 a3 r3 T0 s0 f0 st0",
      "11 a2 r2 T0 s1 f0 st0",
      "16 a0 r0 T0 s3 f0 st0 ct16 SuccessCriteriaMet=True/CompletionsReached@16/16 Complete=True/CompletionsReached@16/16"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
