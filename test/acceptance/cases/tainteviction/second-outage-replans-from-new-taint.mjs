// First outage (1m-4m): a pod tolerating every NoExecute taint for 45s (empty key: no default tolerations added)
// is evicted at taint + 45s; the pod tolerating 86400s gets "Cancelling deletion" when the taints go. Second
// outage (from 6m, for good): new taint at 415s; the replacement pod (bound at 245s) is evicted at 415 + 45 = 460s
// and the long-toleration pod is planned anew (no eviction within the run).
export default {
  id: 'tainteviction/second-outage-replans-from-new-taint',
  source: 'defaulttolerationseconds/admission.go (empty key + NoExecute covers both); taint_eviction.go handleNodeUpdate/processPodOnNode(now), cancelWorkWithEvent',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 3m }
  - { at: 6m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ operator: Exists, effect: NoExecute, tolerationSeconds: 45 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: long }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 86400 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const [p1, p2] = h.podsOf('j');
    h.eq(p1.spec.tolerations.length, 1, 'no default tolerations');
    h.eq(h.sec(h.get('Node', 'w-1').spec.taints.find((t) => t.effect === 'NoExecute').timeAdded), 415, 'second NoExecute taint (seed 1)');
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p1.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [160], 'first pod: 115 + 45');
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p2.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [460], 'replacement: 415 + 45');
    const l = h.podsOf('long')[0];
    h.eq(h.events({ reason: 'TaintManagerEviction', name: l.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message.split(' ')[0]]), [[245, 'Cancelling']], 'long: cancelled at the first return only');
    h.eq([l.status.phase, l.metadata.deletionTimestamp, h.anyCond(l, 'Ready').status], ['Running', undefined, 'False'], 'long: still Running, not ready');
    h.eq([h.job('long').status.active, h.job('long').status.ready], [1, 0], 'long Job counters');
  },
};
