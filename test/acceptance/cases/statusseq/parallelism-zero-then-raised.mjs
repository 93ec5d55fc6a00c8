// parallelism 0 (not suspended): the first sync writes startTime (now), ready 0, terminating 0 and no condition; raising
// parallelism to 1 at 10s is a spec (generation) change: synced at once, pod created and active 1 written at 10s.
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

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k11}\nspec:\n  duration: 1m\n  timeline:\n  - {at: 10s, patch: {kind: Job, name: j, spec: {parallelism: 1}}}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 0\n  completions: 1\n  template:\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/parallelism-zero-then-raised',
  source: "job_controller.go syncJob (StartTime when nil and not suspended; needsStatusUpdate via ready/terminating pointers), updateJob (generation change -> enqueueSyncJobImmediately); reference §2.3, §3.6",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a0 r0 T0 s0 f0 st0",
      "10 a1 r0 T0 s0 f0 st0",
      "11 a1 r1 T0 s0 f0 st0",
      "21 a0 r0 T0 s1 f0 st0 ct21 SuccessCriteriaMet=True/CompletionsReached@21/21 Complete=True/CompletionsReached@21/21"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
