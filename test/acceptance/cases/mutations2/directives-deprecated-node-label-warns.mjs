// A suspended, never-started Job may change its nodeSelector; when the new selector uses a deprecated node label
// the update is accepted with the API server's warning
// `spec.template.spec.nodeSelector[beta.kubernetes.io/arch]: deprecated since v1.14; use "kubernetes.io/arch" instead`
// (the nodes carry the beta label too, so the pod still schedules and the Job completes at 21s). The resume is a
// spec change too (generation 3), and WarningsForJobSpec does not look at the old spec: it warns again.
import { spawnSync } from 'node:child_process';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: j, spec: {template: {spec: {nodeSelector: {beta.kubernetes.io/arch: amd64}}}}}}
  - {at: 10s, patch: {kind: Job, name: j, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'mutations2/directives-deprecated-node-label-warns',
  source: 'pkg/registry/batch/job/strategy.go WarningsOnUpdate (generation changed -> WarningsForJobSpec -> pod.GetWarningsForPodTemplate); pkg/api/pod/warnings.go (nodeSelector keys: nodeapi.GetNodeLabelDeprecatedMessage "deprecated since v1.14; use \\"kubernetes.io/arch\\" instead")',
  scenario,
  check(r, h) {
    const j = h.job('j');
    h.eq([j.metadata.generation, h.sec(j.status.completionTime)], [3, 21], '[generation, completionTime]');
    h.eq(h.podsOf('j')[0].spec.nodeSelector, { 'beta.kubernetes.io/arch': 'amd64' }, 'pod nodeSelector');
    const run = spawnSync('node_modules/.bin/jobsim', ['run', '-', '-o', 'summary'], { input: scenario, encoding: 'utf8' });
    h.eq(run.status, 0, 'exit status');
    const w = run.stderr.split('\n').filter((l) => /deprecated since/.test(l));
    h.eq(w.length, 2, `one warning per spec change: ${JSON.stringify(run.stderr.slice(0, 300))}`);
    for (const l of w) h.assert(l.endsWith('Job default/j: spec.template.spec.nodeSelector[beta.kubernetes.io/arch]: deprecated since v1.14; use "kubernetes.io/arch" instead'), l);
  },
};
