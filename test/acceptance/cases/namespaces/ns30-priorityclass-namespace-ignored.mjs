// PriorityClass is cluster-scoped: a metadata.namespace on it is cleared by BeforeCreate (not an error), and the pod
// of team/j that names it gets priority 1000.
export default {
  id: 'namespaces/ns30-priorityclass-namespace-ignored',
  source: 'apiserver registry/rest/create.go BeforeCreate (cluster-scoped: objectMeta.SetNamespace(NamespaceNone)); plugin/pkg/admission/priority',
  scenario: `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high, namespace: team}
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: team}
spec:
  template:
    spec:
      priorityClassName: high
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([p.metadata.namespace, p.spec.priorityClassName, p.spec.priority], ['team', 'high', 1000], 'pod priority');
  },
};
