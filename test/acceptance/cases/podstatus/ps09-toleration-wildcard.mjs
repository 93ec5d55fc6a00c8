// DefaultTolerationSeconds adds nothing when the pod already tolerates both taints: an empty key with operator
// Exists (any effect) tolerates everything, and so does an empty key with effect NoExecute.
export default {
  id: 'podstatus/toleration-wildcard',
  source: 'plugin/pkg/admission/defaulttolerationseconds/admission.go Admit ((toleration.Key == v1.TaintNodeNotReady || len(toleration.Key) == 0) && (toleration.Effect == NoExecute || len(toleration.Effect) == 0))',
  args: ['--duration', '1s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: all }
spec:
  template:
    spec:
      tolerations: [{ operator: Exists }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: ne }
spec:
  template:
    spec:
      tolerations: [{ operator: Exists, effect: NoExecute }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('all')[0].spec.tolerations, [{ operator: 'Exists' }], 'all: tolerations');
    h.eq(h.podsOf('ne')[0].spec.tolerations, [{ operator: 'Exists', effect: 'NoExecute' }], 'ne: tolerations');
  },
};
