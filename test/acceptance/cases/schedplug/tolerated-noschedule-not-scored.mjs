// TaintToleration's score counts only untolerated PreferNoSchedule taints: a NoSchedule taint the pod
// tolerates costs its node nothing. gpu-1 (tolerated NoSchedule, 16 cpu) scores 191 + 3 * 100, pref-1
// (untolerated PreferNoSchedule, 16 cpu) 191 + 0, small-1 (no taint, 4 cpu) 173 + 300: gpu-1 wins.
export default {
  id: 'schedplug/tolerated-noschedule-not-scored',
  source: 'tainttoleration/taint_toleration.go Score (countIntolerableTaintsPreferNoSchedule: taint.Effect != PreferNoSchedule -> continue), NormalizeScore (DefaultNormalizeScore reverse); Filter (tolerated NoSchedule passes); default_plugins.go (TaintToleration weight 3)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: gpu, count: 1, capacity: { cpu: "16", memory: 16Gi, pods: 110 }, taints: [{ key: gpu, value: "true", effect: NoSchedule }] }
    - { name: pref, count: 1, capacity: { cpu: "16", memory: 16Gi, pods: 110 }, taints: [{ key: batch, value: "no", effect: PreferNoSchedule }] }
    - { name: small, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: p }
spec:
  template:
    spec:
      tolerations: [{ key: gpu, operator: Exists, effect: NoSchedule }]
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const p = h.podsOf('p')[0];
    h.eq(p.spec.nodeName, 'gpu-1', 'p placed on gpu-1');
  },
};
