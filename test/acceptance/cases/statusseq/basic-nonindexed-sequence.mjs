// NonIndexed completions 3, parallelism 2, pods of 10s: every status the Job controller writes, in order. The first
// sync (Job ADDED: immediate) creates 2 pods and writes active 2, ready 0 (pointer, written at 0), terminating 0, startTime;
// the pods' Running/Ready updates are batched by syncJobBatchPeriod (1s): ready 2 at 1s; successes at 10s are counted at 11s
// with the replacement already created (active 1, ready 0); its readiness at 12s; the last success at 22s: SuccessCriteriaMet and
// Complete in the same sync (no pod terminating), completionTime = that instant, active omitted, ready 0. No other write.
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

const scenario = "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 2\n  completions: 3\n  template:\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/basic-nonindexed-sequence',
  source: "job_controller.go addJob (enqueueSyncJobImmediately), updatePod/addPod (enqueueSyncJobBatched, syncJobBatchPeriod 1s), syncJob needsStatusUpdate (ready via ptr.Equal), trackJobStatusAndRemoveFinalizers + enactJobFinished; integration job_test.go validateJobsPodsStatusOnly; reference §2.6, §2.8, §3.6",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a2 r0 T0 s0 f0 st0",
      "1 a2 r2 T0 s0 f0 st0",
      "11 a1 r0 T0 s2 f0 st0",
      "12 a1 r1 T0 s2 f0 st0",
      "22 a0 r0 T0 s3 f0 st0 ct22 SuccessCriteriaMet=True/CompletionsReached@22/22 Complete=True/CompletionsReached@22/22"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');
    h.eq(h.events({ kind: 'Job', name: 'j', reason: 'Completed' }).map((e) => h.sec(e.firstTimestamp)), [22], 'Completed event with the Complete write');
  },
};
