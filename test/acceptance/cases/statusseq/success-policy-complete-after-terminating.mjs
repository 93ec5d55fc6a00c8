// Indexed 3/3, successPolicy succeededIndexes "0": index 0 succeeds at 10s; at 11s SuccessCriteriaMet/SuccessPolicy, the two
// running pods deleted (not counted failed): active omitted, ready 0, terminating 2, succeeded 1, completedIndexes "0"; Complete
// (reason SuccessPolicy, own lastTransitionTime) and completionTime at 12s when they are gone.
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

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: i}\nspec:\n  behaviors:\n  - selector: {matchLabels: {app: i}}\n    duration: 100s\n    perIndex:\n      \"0\": {duration: 10s}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  completionMode: Indexed\n  parallelism: 3\n  completions: 3\n  successPolicy:\n    rules: [{succeededIndexes: \"0\"}]\n  template:\n    metadata: {labels: {app: i}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/success-policy-complete-after-terminating',
  source: "job_controller.go syncJob (matchSuccessPolicy -> JobSuccessCriteriaMet, deleteActivePods, terminating += deleted), trackJobStatusAndRemoveFinalizers (interim SuccessCriteriaMet, isSuccessCriteriaMetCondition: not counted failed), enactJobFinished; reference §7, §2.8",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a3 r0 T0 s0 f0 st0",
      "1 a3 r3 T0 s0 f0 st0",
      "11 a0 r0 T2 s1 f0 st0 ci=0 SuccessCriteriaMet=True/SuccessPolicy@11/11",
      "12 a0 r0 T0 s1 f0 st0 ct12 ci=0 SuccessCriteriaMet=True/SuccessPolicy@11/11 Complete=True/SuccessPolicy@12/12"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
