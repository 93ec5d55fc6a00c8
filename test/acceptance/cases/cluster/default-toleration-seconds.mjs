// DefaultTolerationSeconds admission adds not-ready then unreachable NoExecute Exists 300s.
export default {
  id: 'cluster/default-toleration-seconds',
  source: 'plugin/pkg/admission/defaulttolerationseconds/admission.go (append notReadyToleration then unreachableToleration); cronjob-and-friends.md §5.2',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.tolerations, [
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ], 'spec.tolerations');
    h.eq(h.job('j').spec.template.spec.tolerations, undefined, 'the Job template is not changed');
  },
};
