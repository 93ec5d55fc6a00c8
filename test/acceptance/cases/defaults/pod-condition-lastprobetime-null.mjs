// PodCondition.lastProbeTime is a metav1.Time struct with omitempty: never omitted by encoding/json, the zero
// time marshals as null, so every pod condition written by the kubelet/scheduler shows "lastProbeTime": null.
export default {
  id: 'defaults/pod-condition-lastprobetime-null',
  source: 'staging/src/k8s.io/api/core/v1/types.go PodCondition (LastProbeTime metav1.Time `json:"lastProbeTime,omitempty"`); apimachinery metav1.Time MarshalJSON (zero -> null)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: lp}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const [p] = h.podsOf('lp');
    const conds = p.status.conditions ?? [];
    h.assert(conds.length >= 4, `conditions ${conds.length}`);
    h.eq(conds.map((c) => [c.type, 'lastProbeTime' in c ? c.lastProbeTime : 'absent']), conds.map((c) => [c.type, null]), 'lastProbeTime per condition');
  },
};
