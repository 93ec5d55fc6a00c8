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

// Work queue (parallelism 2, completions unset): the first write is exactly {active 2, ready 0, terminating 0, startTime,
// uncountedTerminatedPods {}}; both pods succeed at 10s and the Job completes at 11s with succeeded 2; spec.completions
// stays absent.
const scenario = `apiVersion: batch/v1
kind: Job
metadata: {name: wq}
spec:
  parallelism: 2
  template:
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus2/workqueue-status-exact',
  source: 'pkg/controller/job/job_controller.go syncJob (Completions == nil: complete = succeeded > 0 && active == 0); defaults.go SetDefaults_Job',
  scenario,
  check(r, h) {
    const sorted = (m) => Object.fromEntries(Object.keys(m ?? {}).sort().map((k) => [k, m[k]]));
    const ws = writes(scenario, 'Job', 'wq');
    h.eq(sorted(ws[1].o.status), sorted({ active: 2, ready: 0, terminating: 0, startTime: '2026-01-01T00:00:00Z', uncountedTerminatedPods: {} }), 'first status write');
    const j = h.job('wq');
    h.eq('completions' in j.spec, false, 'completions absent');
    h.eq([j.status.succeeded, h.sec(j.status.completionTime), j.status.conditions.map((c) => c.type + '/' + c.reason)], [2, 11, ['SuccessCriteriaMet/CompletionsReached', 'Complete/CompletionsReached']], '[succeeded, completionTime, conditions]');
  },
};
