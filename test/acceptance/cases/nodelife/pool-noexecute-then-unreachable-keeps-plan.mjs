// A pool NoExecute taint tolerated 600s plans an eviction at bind + 600s. The node then goes down and
// gets the unreachable taint (default 300s toleration): the scheduled eviction was created earlier,
// CreatedAt + 300 is before now + 300, so the old plan is kept: evicted at +600s, not taint + 300.
export default {
  id: 'nodelife/pool-noexecute-then-unreachable-keeps-plan',
  source: 'taint_eviction.go processPodOnNode (scheduledEviction != nil && startTime.Add(minTolerationTime).Before(triggerTime) -> return); taint_eviction_test.go TestUpdateNodeWithMultipleTaints',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
  cluster:
    nodePools:
    - name: w
      count: 1
      capacity: { cpu: "4", memory: 4Gi, pods: 110 }
      taints: [{ key: dedicated, value: batch, effect: NoExecute }]
    - { name: x, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: dedicated, operator: Exists, effect: NoExecute, tolerationSeconds: 600 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.tolerations.map((t) => [t.key, t.tolerationSeconds]), [['dedicated', 600], ['node.kubernetes.io/not-ready', 300], ['node.kubernetes.io/unreachable', 300]], 'tolerations');
    const ev = h.events({ reason: 'TaintManagerEviction', name: p.metadata.name });
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.message.split(' ')[0]]), [[600, 'Marking']], 'one eviction at bind + 600s, no cancel/re-plan');
  },
};
