// A pod that already tolerates not-ready (no effect = all effects) and unreachable NoExecute for 60s gets no
// default toleration, and its 60s stays (no tolerationSeconds rewriting).
export default {
  id: 'podstatus/toleration-own-seconds-kept',
  source: 'plugin/pkg/admission/defaulttolerationseconds/admission.go Admit (toleratesNodeNotReady / toleratesNodeUnreachable)',
  args: ['--duration', '1s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: own }
spec:
  template:
    spec:
      tolerations:
      - { key: node.kubernetes.io/not-ready, operator: Exists }
      - { key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 60 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: half }
spec:
  template:
    spec:
      tolerations:
      - { key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 60 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const f = (t) => [t.key, t.effect ?? null, t.tolerationSeconds ?? null];
    h.eq(h.podsOf('own')[0].spec.tolerations.map(f), [['node.kubernetes.io/not-ready', null, null], ['node.kubernetes.io/unreachable', 'NoExecute', 60]], 'own');
    h.eq(h.podsOf('half')[0].spec.tolerations.map(f), [['node.kubernetes.io/unreachable', 'NoExecute', 60], ['node.kubernetes.io/not-ready', 'NoExecute', 300]], 'half: only not-ready appended');
  },
};
