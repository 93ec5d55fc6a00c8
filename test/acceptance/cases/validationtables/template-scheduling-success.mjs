// Valid scheduling directives are accepted: an Exists toleration with no key (matches every taint),
// Gt with one value, matchFields metadata.name In [one node], preferred weight 1 and 100.
export default {
  id: 'validationtables/template-scheduling-success',
  source: 'pkg/apis/core/validation/validation.go ValidateTolerations (empty key allowed with Exists), ValidateNodeSelectorRequirement (Gt: exactly one value), ValidateNodeFieldSelectorRequirement (metadata.name, one value), ValidatePreferredSchedulingTerms (1..100)',
  args: ['--duration', '2m'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: ok}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: abc, image: image}]
      tolerations: [{operator: Exists}]
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchFields: [{key: metadata.name, operator: In, values: [node-2]}]
          preferredDuringSchedulingIgnoredDuringExecution:
          - {weight: 1, preference: {matchExpressions: [{key: rank, operator: Gt, values: ["3"]}]}}
          - {weight: 100, preference: {matchExpressions: [{key: kubernetes.io/os, operator: In, values: [linux]}]}}
`,
  check(r, h) {
    const p = h.podsOf('ok')[0];
    h.eq(p.spec.nodeName, 'node-2', 'matchFields metadata.name pins the node');
    h.hasCond(h.job('ok'), 'Complete');
  },
};
