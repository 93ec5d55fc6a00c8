// A toleration with empty key and operator Exists covers both taints: nothing is added.
export default {
  id: 'cluster/default-toleration-covered',
  source: 'defaulttolerationseconds/admission.go: skip when an existing toleration has (key == taint key or key empty) and (effect NoExecute or empty)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      tolerations: [{ operator: Exists }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: k }
spec:
  template:
    spec:
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.tolerations, [{ operator: 'Exists' }], 'j tolerations unchanged');
    h.eq(h.podsOf('k')[0].spec.tolerations, [
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists' },
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ], 'k: only not-ready added');
  },
};
