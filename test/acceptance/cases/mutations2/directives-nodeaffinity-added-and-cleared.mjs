// A suspended, never-started Job may gain a required node affinity (na: its pod lands on node-3) and may drop an
// affinity made only of node affinity with a null merge patch (only: the pod carries no affinity at all).
export default {
  id: 'mutations2/directives-nodeaffinity-added-and-cleared',
  source: 'pkg/apis/batch/validation/validation.go validatePodTemplateUpdate (NodeAffinity skips the immutability check; an affinity with only NodeAffinity may be cleared); pkg/registry/batch/job/strategy.go validationOptionsForJob (suspended && StartTime == nil)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: na, spec: {template: {spec: {affinity: {nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [node-3]}]}]}}}}}}}}
  - {at: 8s, patch: {kind: Job, name: only, spec: {template: {spec: {affinity: null}}}}}
  - {at: 10s, patch: {kind: Job, name: na, spec: {suspend: false}}}
  - {at: 10s, patch: {kind: Job, name: only, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: na}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: only}
spec:
  suspend: true
  template:
    spec:
      affinity:
        nodeAffinity: {requiredDuringSchedulingIgnoredDuringExecution: {nodeSelectorTerms: [{matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [node-1]}]}]}}
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const [pn] = h.podsOf('na');
    const [po] = h.podsOf('only');
    h.eq([h.sec(pn.metadata.creationTimestamp), pn.spec.nodeName], [10, 'node-3'], 'na pod [created, node]');
    h.eq(h.sec(po.metadata.creationTimestamp), 10, 'only pod created at the resume');
    h.eq(po.spec.affinity ?? null, null, 'only pod has no affinity');
    h.eq(h.job('only').spec.template.spec.affinity ?? null, null, 'only template has no affinity');
    for (const n of ['na', 'only']) {
      const j = h.job(n);
      h.eq([j.metadata.generation, h.sec(j.status.startTime), h.sec(j.status.completionTime)], [3, 10, 21], `${n} [generation, startTime, completionTime]`);
    }
  },
};
