// A toleration { operator: Exists, effect: NoSchedule } with no key tolerates every NoSchedule taint
// but no NoExecute taint: the node that also has a NoExecute taint is refused, the other is used.
export default {
  id: 'scheduler2/toleration-exists-noschedule-only',
  source: 'component-helpers scheduling/corev1 ToleratesTaint / v1helper Toleration.ToleratesTaint (effect must match when set; empty key with Exists matches all keys); tainttoleration Filter (NoSchedule and NoExecute)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - name: ns
      count: 1
      capacity: { cpu: "4", memory: 8Gi, pods: 110 }
      taints: [{ key: a, value: x, effect: NoSchedule }, { key: b, effect: NoSchedule }]
    - name: ne
      count: 1
      capacity: { cpu: "4", memory: 8Gi, pods: 110 }
      taints: [{ key: a, value: x, effect: NoSchedule }, { key: c, value: y1, effect: NoExecute }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 3
  parallelism: 3
  template:
    spec:
      tolerations: [{ operator: Exists, effect: NoSchedule }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: none }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j').map((p) => p.spec.nodeName), ['ns-1', 'ns-1', 'ns-1'], 'only the NoSchedule-only node');
    const p = h.podsOf('none')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), ['0/2 nodes are available: 2 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.'], 'no toleration: both refused');
  },
};
