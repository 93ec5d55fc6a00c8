// The Eviction API on a pod that is already terminating (node down, Job suspended): canIgnorePDB, the
// DisruptionTarget EvictionByEvictionAPI condition is still added; deletionTimestamp unchanged.
export default {
  id: 'nodelife/evictpod-terminating-adds-condition',
  source: 'registry/core/pod/storage/eviction.go canIgnorePDB (DeletionTimestamp set) -> addConditionAndDeletePod (conditionAppender UpdatePodCondition DisruptionTarget)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: e }
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
  - { at: 80s, evictPod: default/j-bn7wn }
  timeline:
  - { at: 70s, patch: { kind: Job, name: j, spec: { suspend: true } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.metadata.name, 'j-bn7wn', 'name (seed 1)');
    const dt = h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq([dt.message, h.sec(dt.lastTransitionTime)], ['Eviction API: evicting', 80], 'condition');
    h.eq(h.sec(p.metadata.deletionTimestamp), 100, 'deletionTimestamp of the first delete kept');
  },
};
