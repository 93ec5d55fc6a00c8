// A merge patch replaces lists whole: sending the template's containers again (as written in the manifest)
// together with a new nodeSelector. The API server decodes the patched Job with defaulting, so the
// containers get their defaults back (imagePullPolicy, terminationMessagePath/Policy) and equal the stored
// ones: for a suspended, never-started Job only the nodeSelector changed, which is allowed. The patch is
// applied (generation 2, then 3 on resume), without a "not applied" warning, and the pod carries the
// nodeSelector.
import { spawnSync } from 'node:child_process';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  cluster:
    nodePools:
    - {name: cpu, count: 1}
    - {name: gpu, count: 1, labels: {pool: gpu}}
  timeline:
  - {at: 10s, patch: {kind: Job, name: s, spec: {template: {spec: {nodeSelector: {pool: gpu}, containers: [{name: c, image: busybox}]}}}}}
  - {at: 20s, patch: {kind: Job, name: s, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: s}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'strategy/suspended-directive-patch-resent-containers',
  source: 'apiserver patch.go (merge patch, then DecodeInto with the defaulting codec); pkg/apis/core/v1 defaults (SetDefaults_Container: imagePullPolicy Always for an untagged image, terminationMessagePath/Policy); pkg/registry/batch/job/strategy.go validationOptionsForJob (AllowMutableSchedulingDirectives), validation.go validatePodTemplateUpdate (nodeSelector excluded, rest compared with Semantic.DeepEqual)',
  scenario,
  check(r, h) {
    const j = h.job('s');
    h.eq(j.spec.template.spec.nodeSelector, { pool: 'gpu' }, 'nodeSelector applied');
    h.eq(j.metadata.generation, 3, 'generation (patch, resume)');
    const pods = h.podsOf('s');
    h.eq(pods.length, 1, 'one pod');
    h.eq([pods[0].spec.nodeSelector, pods[0].spec.nodeName], [{ pool: 'gpu' }, 'gpu-1'], 'pod placed by the new nodeSelector');
    h.eq(pods[0].spec.containers[0].imagePullPolicy, 'Always', 'defaults kept');
    const run = spawnSync('node_modules/.bin/jobsim', ['run', '-', '-o', 'summary'], { input: scenario, encoding: 'utf8' });
    h.eq(run.status, 0, 'exit');
    h.assert(!/not applied/.test(run.stderr), `no refusal: ${run.stderr.slice(0, 300)}`);
  },
};
