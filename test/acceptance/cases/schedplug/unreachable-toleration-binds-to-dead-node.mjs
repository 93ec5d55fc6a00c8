// A pod that tolerates node.kubernetes.io/unreachable with Exists and no effect tolerates both unreachable
// taints (NoSchedule and NoExecute): TaintToleration lets it through to the dead node, which, empty, scores
// best; it is bound there and never starts (its kubelet is gone), nor is it ever evicted.
export default {
  id: 'schedplug/unreachable-toleration-binds-to-dead-node',
  source: 'tainttoleration/taint_toleration.go Filter (FindMatchingUntoleratedTaint over NoSchedule and NoExecute); core/v1 Toleration.ToleratesTaint (empty effect matches every effect; Exists ignores the value); nodelifecycle doNoScheduleTaintingPass (UnreachableTaintTemplate); least_allocated.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
  faults:
  - { at: 0s, nodeDown: w-1 }
  timeline:
  - { at: 120s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: p }, spec: { template: { spec: { tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists }], restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: hog }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const w1 = h.get('Node', 'w-1', undefined);
    h.eq((w1.spec.taints ?? []).map((t) => `${t.key}:${t.effect}`).sort(), ['node.kubernetes.io/unreachable:NoExecute', 'node.kubernetes.io/unreachable:NoSchedule'], 'w-1 carries both unreachable taints');
    const p = h.podsOf('p')[0];
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[120, `Successfully assigned default/${p.metadata.name} to w-1`]], 'bound to the dead w-1');
    h.eq([p.status.phase, p.metadata.deletionTimestamp], ['Pending', undefined], 'never started, never evicted');
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).length, 0, 'no Started');
  },
};
