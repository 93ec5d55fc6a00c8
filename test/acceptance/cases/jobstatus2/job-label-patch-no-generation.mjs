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

// A metadata-only patch (a label) is not a spec change: generation stays 1; the label goes to the Job only, not into
// the pod template (the Job's labels and the template's share no storage after the round trip), so no pod gets it.
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 1m
  timeline:
  - {at: 5s, patch: {kind: Job, name: t, metadata: {labels: {extra: "v"}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  completions: 2
  template:
    metadata: {labels: {app: x}}
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`;
export default {
  id: 'jobstatus2/job-label-patch-no-generation',
  source: 'pkg/registry/batch/job/strategy.go PrepareForUpdate (generation+1 only if !Semantic.DeepEqual(newJob.Spec, oldJob.Spec))',
  scenario,
  check(r, h) {
    const j = h.job('t');
    h.eq(j.metadata.generation, 1, 'generation');
    h.eq(j.metadata.labels.extra, 'v', 'Job label added');
    h.eq('extra' in j.spec.template.metadata.labels, false, 'template labels untouched');
    const pods = h.podsOf('t');
    h.eq(pods.length, 2, 'pods');
    h.eq(pods.map((p) => 'extra' in p.metadata.labels), [false, false], 'pods without the label (second created at 11s)');
    const w = writes(scenario, 'Job', 't').find((x) => x.s === 5);
    h.assert(w && w.o.metadata.labels.extra === 'v' && w.o.metadata.generation === 1, 'a MODIFIED at 5s with the label and generation 1');
  },
};
