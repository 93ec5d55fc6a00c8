// Indexed 4, parallelism 3, backoffLimitPerIndex 0, maxFailedIndexes 0: index 1 fails at 10s; at 11s failedIndexes "1",
// MaxFailedIndexesExceeded FailureTarget, the two running pods deleted and counted failed (failed 3, terminating 2); Failed at 12s.
// Index 3 is never created.
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

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: k18}\nspec:\n  behaviors:\n  - selector: {matchLabels: {app: m}}\n    duration: 100s\n    perIndex:\n      \"1\": {duration: 10s, exitCodes: [1]}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  completionMode: Indexed\n  parallelism: 3\n  completions: 4\n  backoffLimitPerIndex: 0\n  maxFailedIndexes: 0\n  template:\n    metadata: {labels: {app: m}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/max-failed-indexes-sequence',
  source: "job_controller.go syncJob (failedIndexes.total() > maxFailedIndexes), deleteActivePods, trackJobStatusAndRemoveFinalizers; reference §6, §2.4 step 6",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a3 r0 T0 s0 f0 st0 fi=",
      "1 a3 r3 T0 s0 f0 st0 fi=",
      "11 a0 r0 T2 s0 f3 st0 fi=1 FailureTarget=True/MaxFailedIndexesExceeded@11/11",
      "12 a0 r0 T0 s0 f3 st0 fi=1 FailureTarget=True/MaxFailedIndexesExceeded@11/11 Failed=True/MaxFailedIndexesExceeded@12/12"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');
    h.eq(h.podsOf('j').map((p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index']).sort(), ['0', '1', '2'], 'pods created');
  },
};
