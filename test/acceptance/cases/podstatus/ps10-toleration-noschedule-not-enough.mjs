// A not-ready toleration with effect NoSchedule does not tolerate the NoExecute taint: both defaults are appended
// after the pod's own tolerations, not-ready first.
export default {
  id: 'podstatus/toleration-noschedule-not-enough',
  source: 'plugin/pkg/admission/defaulttolerationseconds/admission.go Admit (effect must be NoExecute or empty; append notReadyToleration then unreachableToleration)',
  args: ['--duration', '1s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: ns }
spec:
  template:
    spec:
      tolerations:
      - { key: node.kubernetes.io/not-ready, operator: Exists, effect: NoSchedule }
      - { key: gpu, operator: Equal, value: "yes", effect: NoSchedule }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('ns')[0].spec.tolerations.map((t) => [t.key, t.operator, t.value ?? null, t.effect, t.tolerationSeconds ?? null]), [
      ['node.kubernetes.io/not-ready', 'Exists', null, 'NoSchedule', null],
      ['gpu', 'Equal', 'yes', 'NoSchedule', null],
      ['node.kubernetes.io/not-ready', 'Exists', null, 'NoExecute', 300],
      ['node.kubernetes.io/unreachable', 'Exists', null, 'NoExecute', 300],
    ], 'tolerations');
  },
};
