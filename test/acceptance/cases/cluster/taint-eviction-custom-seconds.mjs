// A pod tolerating unreachable for 60s is evicted 60s after the taint (the 300s default is only
// added for not-ready). A pod tolerating it forever is never evicted.
export default {
  id: 'cluster/taint-eviction-custom-seconds',
  source: 'taint_eviction.go getMinTolerationTime / processPodOnNode (no tolerationSeconds: tolerated forever); cronjob-and-friends.md §5.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 30m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
    - { name: x, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: short }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 60 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: forever }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const taintAt = h.sec(h.get('Node', 'w-1').spec.taints.find((t) => t.effect === 'NoExecute').timeAdded);
    const s = h.podsOf('short')[0];
    const ev = h.events({ reason: 'TaintManagerEviction', name: s.metadata.name });
    h.eq(ev.length, 1, 'short: one eviction');
    h.eq(h.sec(ev[0].firstTimestamp), taintAt + 60, 'short evicted 60s after the taint');
    const f = h.podsOf('forever')[0];
    h.eq(h.events({ reason: 'TaintManagerEviction', name: f.metadata.name }).length, 0, 'forever: no eviction');
    h.eq(f.metadata.deletionTimestamp, undefined, 'forever: not deleted');
    h.noCond(f, 'DisruptionTarget');
    h.eq(f.status.phase, 'Running', 'forever: Running');
  },
};
