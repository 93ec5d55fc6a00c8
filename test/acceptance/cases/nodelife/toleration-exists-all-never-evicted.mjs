// A toleration { operator: Exists } (no key, no effect) tolerates every taint forever: the default
// tolerations are not added, the pod is never evicted from the unreachable node; the pod of the other
// Job, with a key-only Exists toleration for unreachable (any effect, no seconds), neither.
export default {
  id: 'nodelife/toleration-exists-all-never-evicted',
  source: 'core/v1 Toleration.ToleratesTaint (empty key + Exists matches all; empty effect matches all); taint_eviction.go getMinTolerationTime (-1)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
    - { name: x, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: all }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ operator: Exists }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: key }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'TaintManagerEviction' }).length, 0, 'no eviction');
    for (const j of ['all', 'key']) h.eq(h.podsOf(j)[0].metadata.deletionTimestamp, undefined, `${j} not deleted`);
  },
};
