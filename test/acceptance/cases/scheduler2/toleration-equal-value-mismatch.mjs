// Operator Equal compares values: a toleration for dedicated=batch does not tolerate dedicated=infra;
// Exists on the key tolerates any value.
export default {
  id: 'scheduler2/toleration-equal-value-mismatch',
  source: 'v1helper Toleration.ToleratesTaint (Equal: toleration.Value == taint.Value; Exists: true)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - name: infra
      count: 1
      capacity: { cpu: "4", memory: 8Gi, pods: 110 }
      taints: [{ key: dedicated, value: infra, effect: NoSchedule }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: eq }
spec:
  template:
    spec:
      tolerations: [{ key: dedicated, operator: Equal, value: batch, effect: NoSchedule }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: ex }
spec:
  template:
    spec:
      tolerations: [{ key: dedicated, operator: Exists }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const e = h.podsOf('eq')[0];
    h.eq(e.spec.nodeName, undefined, 'Equal with another value: refused');
    h.eq(h.events({ reason: 'FailedScheduling', name: e.metadata.name }).map((x) => x.message), ['0/1 nodes are available: 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.'], 'message');
    h.eq(h.podsOf('ex')[0].spec.nodeName, 'infra-1', 'Exists: tolerated');
  },
};
