// For scoring too, an Equal toleration must name the taint's value: tolerating batch=yes:PreferNoSchedule
// does not tolerate batch=no:PreferNoSchedule, so the 16-cpu pref-1 keeps its penalty (191 + 0) and the
// untainted 4-cpu small-1 wins (173 + 3 * 100).
export default {
  id: 'schedplug/prefer-noschedule-equal-value-mismatch',
  source: 'tainttoleration/taint_toleration.go getAllTolerationPreferNoSchedule, countIntolerableTaintsPreferNoSchedule (v1helper.TolerationsTolerateTaint), NormalizeScore (reverse); core/v1 Toleration.ToleratesTaint (Equal: toleration.Value == taint.Value); default_plugins.go (TaintToleration weight 3)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: pref, count: 1, capacity: { cpu: "16", memory: 16Gi, pods: 110 }, taints: [{ key: batch, value: "no", effect: PreferNoSchedule }] }
    - { name: small, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: p }
spec:
  template:
    spec:
      tolerations: [{ key: batch, operator: Equal, value: "yes", effect: PreferNoSchedule }]
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`,
  check(r, h) {
    const p = h.podsOf('p')[0];
    h.eq(p.spec.nodeName, 'small-1', 'p placed on small-1');
  },
};
