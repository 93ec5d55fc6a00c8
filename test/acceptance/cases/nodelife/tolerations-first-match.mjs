// The taint manager uses, for each NoExecute taint, only the FIRST toleration that tolerates it
// (GetMatchingTolerations breaks at the first match). First match without seconds: tolerated
// forever, whatever later tolerations say; first match 600s: evicted after 600s, not the 60s of a
// later catch-all toleration.
export default {
  id: 'nodelife/tolerations-first-match',
  source: 'pkg/apis/core/v1/helper/helpers.go GetMatchingTolerations (break after first matching toleration); taint_eviction.go processPodOnNode/getMinTolerationTime',
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
metadata: { name: forever }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations:
      - { key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute }
      - { key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 30 }
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
      tolerations:
      - { key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 600 }
      - { operator: Exists, effect: NoExecute, tolerationSeconds: 60 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const taintAt = h.sec(h.get('Node', 'w-1').spec.taints.find((t) => t.effect === 'NoExecute').timeAdded);
    const f = h.podsOf('forever')[0];
    h.eq(h.events({ reason: 'TaintManagerEviction', name: f.metadata.name }).length, 0, 'forever: never evicted');
    h.eq(f.metadata.deletionTimestamp, undefined, 'forever: not deleted');
    const l = h.podsOf('long')[0];
    const ev = h.events({ reason: 'TaintManagerEviction', name: l.metadata.name });
    h.eq(ev.map((e) => h.sec(e.firstTimestamp)), [taintAt + 600], 'long: evicted 600s after the taint');
  },
};
