// A Job created suspended (never started: status.startTime nil) may change its template's
// nodeSelector, tolerations, labels and annotations; the pods created on resume carry them.
export default {
  id: 'timeline/template-directives-suspended-never-started',
  source: 'pkg/registry/batch/job/strategy.go validationOptionsForJob (AllowMutableSchedulingDirectives = old suspend && status.startTime == nil); validation.go validatePodTemplateUpdate; reference job §1.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dir}
spec:
  timeline:
  - {at: 1m, patch: {kind: Job, name: j, spec: {template: {metadata: {labels: {tier: batch}, annotations: {jobsim/duration: 30s}}, spec: {nodeSelector: {kubernetes.io/hostname: node-3}, tolerations: [{key: k, operator: Exists}]}}}}}
  - {at: 2m, patch: {kind: Job, name: j, spec: {suspend: false}}}
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
`,
  check(r, h) {
    const j = h.job('j');
    h.eq(j.spec.template.spec.nodeSelector, { 'kubernetes.io/hostname': 'node-3' }, 'template nodeSelector');
    h.eq(j.metadata.generation, 3, 'two spec changes');
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'one pod');
    const p = pods[0];
    h.eq(h.sec(p.metadata.creationTimestamp), 120, 'pod on resume');
    h.eq(p.spec.nodeName, 'node-3', 'scheduled by the new nodeSelector');
    h.eq(p.metadata.labels.tier, 'batch', 'new template label');
    h.eq((p.spec.tolerations ?? []).some((t) => t.key === 'k' && t.operator === 'Exists'), true, 'new toleration');
    h.eq(h.sec(j.status.completionTime), 151, 'runs 30s (new annotation), Complete 1s later');
    h.eq(h.sec(j.status.startTime), 120, 'startTime set on resume');
  },
};
