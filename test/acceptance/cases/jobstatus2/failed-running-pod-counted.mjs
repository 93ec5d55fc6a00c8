import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

// every object change of KIND/NAME in the --trace stream: { s: seconds since start, op, o: object }
function writes(scenario, kind, name, args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'jobstatus2-'));
  const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
  writeFileSync(f, scenario);
  const p = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', f, '-o', 'summary', '--trace', t, ...args], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`--trace run: exit ${p.status}: ${p.stderr.slice(0, 200)}`);
  const lines = readFileSync(t, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  const start = Date.parse(lines[0].t);
  return lines.filter((l) => l.type === 'object' && l.kind === kind && l.name === name).map((l) => ({ s: (Date.parse(l.t) - start) / 1000, op: l.op, o: l.object }));
}

// backoffLimit 0, index 0 fails at 10s while index 1 runs: at 11s the FailureTarget write deletes index 1's pod and
// counts it as failed at once (every non-terminated pod is failed when the finish condition is a failure): failed 2,
// active 0, terminating 1. The pod ends on SIGTERM at 11s; the batched sync at 12s writes Failed, terminating 0.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  behaviors:
  - selector: {matchLabels: {batch.kubernetes.io/job-completion-index: "0"}}
    duration: 10s
    exitCodes: [1]
  - selector: {matchLabels: {batch.kubernetes.io/job-completion-index: "1"}}
    duration: 1h
---
apiVersion: batch/v1
kind: Job
metadata: {name: f}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimit: 0
  template:
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus2/failed-running-pod-counted',
  source: 'pkg/controller/job/job_controller.go syncJob (deleteActivePods, *terminating += deleted), trackJobStatusAndRemoveFinalizers (finishedCondition != nil && !SuccessCriteriaMet → uncounted.Failed), enactJobFinished only when terminating == 0',
  scenario,
  check(r, h) {
    const ws = writes(scenario, 'Job', 'f').filter((w) => w.s >= 10);
    h.eq(ws.map((w) => { const s = w.o.status; return [w.s, s.active ?? 0, s.ready, s.terminating, s.failed ?? 0, (s.conditions ?? []).map((c) => c.type + '@' + h.sec(c.lastTransitionTime)).join(' ')]; }), [
      [11, 0, 0, 1, 2, 'FailureTarget@11'],
      [12, 0, 0, 0, 2, 'FailureTarget@11 Failed@12'],
    ], 'writes [s, active, ready, terminating, failed, conditions]');
    const s = h.job('f').status;
    h.eq([s.completedIndexes, s.completionTime, s.succeeded], [undefined, undefined, undefined], 'no completedIndexes/completionTime/succeeded');
  },
};
