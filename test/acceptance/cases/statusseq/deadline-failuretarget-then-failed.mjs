// activeDeadlineSeconds 15, two running ready pods: at exactly 15s (the AddAfter re-sync) FailureTarget/DeadlineExceeded, both pods
// deleted and counted failed in that write (active omitted, ready 0, terminating 2, failed 2); Failed (same reason, its own
// lastTransitionTime) at 16s once the pods are gone (terminating 0). No completionTime. The DeadlineExceeded event comes with Failed.
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

const scenario = "apiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  parallelism: 2\n  completions: 4\n  activeDeadlineSeconds: 15\n  template:\n    metadata: {annotations: {jobsim/duration: 100s}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: 'statusseq/deadline-failuretarget-then-failed',
  source: "job_controller.go syncJob (pastActiveDeadline >=, queue.AddAfter(ADS - elapsed)), deleteActivePods, trackJobStatusAndRemoveFinalizers (non-terminated pods counted failed when finishedCondition is a failure), enactJobFinished (terminating > 0 delays), recordJobFinished; reference §2.5, §2.8, §9, §11",
  scenario,
  check(r, h) {
    h.eq(statusWrites(scenario, "j"), [
      "0 a0 r- T- s0 f0 st-",
      "0 a2 r0 T0 s0 f0 st0",
      "1 a2 r2 T0 s0 f0 st0",
      "15 a0 r0 T2 s0 f2 st0 FailureTarget=True/DeadlineExceeded@15/15",
      "16 a0 r0 T0 s0 f2 st0 FailureTarget=True/DeadlineExceeded@15/15 Failed=True/DeadlineExceeded@16/16"
    ], 'Job status writes [t active ready terminating succeeded failed startTime ...]');
    h.eq(h.events({ kind: 'Job', name: 'j', reason: 'DeadlineExceeded' }).map((e) => h.sec(e.firstTimestamp)), [16], 'DeadlineExceeded event only with Failed');
    h.eq(h.job('j').status.completionTime, undefined, 'no completionTime on Failed');
  },
};
