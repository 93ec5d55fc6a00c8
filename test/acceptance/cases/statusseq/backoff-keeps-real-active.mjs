// Indexed 2/2, no backoffLimitPerIndex: index 1 fails at 10s while index 0 runs. At 11s the failure is counted and the
// replacement waits for the pod-failure backoff (10s from the finish time, requeue at 20s): the status keeps the real active
// count (active 1, ready 1), not 0 as before kubernetes#139457 (manageJob returned a hard-coded 0 during backoff, which the
// API server rejects once ready > active). Index 1 is re-created at 20s (active 2, ready 1), ready 2 at 21s.
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

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: c}\nspec:\n  behaviors:\n  - selector: {matchLabels: {app: c}}\n    duration: 100s\n    perIndex:\n      \"1\": {duration: 10s, exitCodes: [1, 0]}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  completionMode: Indexed\n  parallelism: 2\n  completions: 2\n  template:\n    metadata: {labels: {app: c}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/backoff-keeps-real-active',
  source: "kubernetes/kubernetes PR #139457 (issue #139428; cherry-picks #139642/#139751/#139752/#139753 to 1.33-1.36): manageJob returns the real active count while remainingTime > 0; backoff_utils.go getRemainingTime; reference §2.6 step 4, §3.3",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a2 r0 T0 s0 f0 st0",
      "1 a2 r2 T0 s0 f0 st0",
      "11 a1 r1 T0 s0 f1 st0",
      "20 a2 r1 T0 s0 f1 st0",
      "21 a2 r2 T0 s0 f1 st0",
      "31 a1 r1 T0 s1 f1 st0 ci=1",
      "101 a0 r0 T0 s2 f1 st0 ct101 ci=0,1 SuccessCriteriaMet=True/CompletionsReached@101/101 Complete=True/CompletionsReached@101/101"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
