// A pod left Terminating on an unreachable node (w-1 down 5s-10m5s; taint eviction at 355s) is counted failed at once and
// replaced (TerminatingOrFailed; no back-off: its finish time is its Ready=False transition at 50s). When the replacement, the
// last pod needed, succeeds (456s), SuccessCriteriaMet is written at 457s with terminating 1; Complete and completionTime wait
// until that pod is gone, after the node returns (605s): Complete at 606s. ready follows the Ready=False of the pod at 51s.
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

const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: jt}\nspec:\n  cluster:\n    nodePools: [{name: w, count: 2, capacity: {cpu: \"4\", memory: 16Gi, pods: 110}}]\n  faults:\n  - {at: 5s, nodeDown: w-1, for: 10m}\n---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 2\n  completions: 2\n  template:\n    metadata: {annotations: {jobsim/duration: 100s}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/last-success-while-terminating',
  source: "job_controller.go enactJobFinished (delayTerminalCondition: terminating > 0 delays Complete), isPodFailed (deletionTimestamp under TerminatingOrFailed), backoff_utils.go getFinishedTime (Ready=False transition); integration job_test.go TestJobPodReplacementPolicy / TestDelayTerminalPhaseCondition; reference §2.8, §3.3, §4",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a2 r0 T0 s0 f0 st0",
      "1 a2 r2 T0 s0 f0 st0",
      "51 a2 r1 T0 s0 f0 st0",
      "101 a1 r0 T0 s1 f0 st0",
      "356 a1 r0 T1 s1 f1 st0",
      "357 a1 r1 T1 s1 f1 st0",
      "457 a0 r0 T1 s2 f1 st0 SuccessCriteriaMet=True/CompletionsReached@457/457",
      "606 a0 r0 T0 s2 f1 st0 ct606 SuccessCriteriaMet=True/CompletionsReached@457/457 Complete=True/CompletionsReached@606/606"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');

  },
};
