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

// Elastic Indexed Job: completions/parallelism 4→3 at 20s while indexes 0-2 are done and index 3 runs. The index-3 pod is
// out of range: it is deleted (terminating 1) and not counted as failed; completedIndexes "0-2" reaches the new
// completions: SuccessCriteriaMet at 20s, Complete (and completionTime) once the pod is gone, at 21s. Generation 2.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 20s, patch: {kind: Job, name: el, spec: {completions: 3, parallelism: 3}}}
  behaviors:
  - selector: {matchLabels: {batch.kubernetes.io/job-completion-index: "3"}}
    duration: 1h
---
apiVersion: batch/v1
kind: Job
metadata: {name: el}
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 4
  template:
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus2/elastic-scale-down-status',
  source: 'pkg/controller/job/job_controller.go syncJob/manageJob (out-of-range indexes removed), calculateSucceededIndexes (indexes >= completions dropped); trackJobStatusAndRemoveFinalizers (SuccessCriteriaMet: deleted pods not counted failed)',
  scenario,
  check(r, h) {
    const ws = writes(scenario, 'Job', 'el').filter((w) => w.s >= 20 && w.op === 'MODIFIED');
    const rows = ws.map((w) => { const s = w.o.status; return [w.s, w.o.metadata.generation, s.active ?? 0, s.terminating, s.succeeded ?? 0, s.failed ?? 0, s.completedIndexes ?? '', s.completionTime ? h.sec(s.completionTime) : null, (s.conditions ?? []).map((c) => c.type + '@' + h.sec(c.lastTransitionTime)).join(' ')]; });
    const dedup = rows.filter((x, i) => i === 0 || JSON.stringify(x.slice(2)) !== JSON.stringify(rows[i - 1].slice(2)));
    h.eq(dedup, [
      [20, 2, 1, 0, 3, 0, '0-2', null, ''],
      [20, 2, 0, 1, 3, 0, '0-2', null, 'SuccessCriteriaMet@20'],
      [21, 2, 0, 0, 3, 0, '0-2', 21, 'SuccessCriteriaMet@20 Complete@21'],
    ], 'writes from 20s [s, gen, active, terminating, succeeded, failed, completedIndexes, completionTime, conditions]');
  },
};
