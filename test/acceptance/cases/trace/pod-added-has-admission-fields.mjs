// A pod's ADDED line shows it as the API server stored it after admission: ServiceAccount (serviceAccountName
// and serviceAccount default, kube-api-access-xxxxx projected volume mounted read-only), Priority (priority 0,
// preemptionPolicy), DefaultTolerationSeconds (not-ready and unreachable, 300s), the job-tracking finalizer,
// generation 1, phase Pending, qosClass BestEffort and no nodeName.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const bin = () => join(process.cwd(), 'node_modules/.bin/jobsim');
// runs the scenario again with --trace; returns the result, the trace text and its parsed lines
function traced(scenario, args = [], output = 'json') {
  const dir = mkdtempSync(join(tmpdir(), 'trace-'));
  const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
  writeFileSync(f, scenario);
  const p = spawnSync(bin(), ['run', f, '-o', output, '--trace', t, ...args], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`exit ${p.status}: ${(p.stderr || '').slice(0, 200)}`);
  const text = readFileSync(t, 'utf8');
  const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l));
  return { r: output === 'text' ? p.stdout : JSON.parse(p.stdout), stdout: p.stdout, text, lines, dir, f };
}
const objs = (lines, kind, name) => lines.filter((l) => l.type === 'object' && (!kind || l.kind === kind) && (!name || l.name === name || (name instanceof RegExp && name.test(l.name))));
const rvOf = (l) => Number(l.object.metadata.resourceVersion);
const canon = (x) => JSON.stringify(x, (k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((key) => [key, v[key]])) : v));
const scenario = "---\napiVersion: batch/v1\nkind: Job\nmetadata: {name: j}\nspec:\n  template:\n    metadata: {annotations: {jobsim/duration: 20s}}\n    spec:\n      containers: [{name: c, image: busybox:1.36}]\n      restartPolicy: Never\n";
export default {
  id: "trace/pod-added-has-admission-fields",
  source: "plugin/pkg/admission/serviceaccount, priority, defaulttolerationseconds admission; registry/core/pod/strategy.go PrepareForCreate (generation 1, phase Pending, qosClass); job_controller.go (job-tracking finalizer)",
  scenario,
  check(r, h) {
    const { lines } = traced(scenario);
    const a = objs(lines, 'Pod').find((l) => l.op === 'ADDED').object;
    h.eq([a.spec.serviceAccountName, a.spec.serviceAccount, a.spec.priority, a.spec.preemptionPolicy, a.spec.nodeName], ['default', 'default', 0, 'PreemptLowerPriority', undefined], 'admission fields');
    h.eq(a.spec.tolerations, [{ key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }, { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 }], 'default tolerations');
    const vol = a.spec.volumes.find((v) => /^kube-api-access-[a-z0-9]{5}$/.test(v.name));
    h.assert(vol && vol.projected, 'projected token volume');
    h.eq(a.spec.containers[0].volumeMounts, [{ name: vol.name, readOnly: true, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount' }], 'token mount');
    h.eq([a.metadata.finalizers, a.metadata.generation, a.status.phase, a.status.qosClass], [['batch.kubernetes.io/job-tracking'], 1, 'Pending', 'BestEffort'], 'metadata/status');
  },
};
