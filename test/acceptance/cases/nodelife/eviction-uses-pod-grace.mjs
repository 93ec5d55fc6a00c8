// The taint manager's DELETE has default options: the pod's terminationGracePeriodSeconds (120) sets
// deletionTimestamp and deletionGracePeriodSeconds.
export default {
  id: 'nodelife/eviction-uses-pod-grace',
  source: 'taint_eviction.go addConditionAndDeletePod (Delete with metav1.DeleteOptions{}); registry/core/pod strategy CheckGracefulDelete',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
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
      terminationGracePeriodSeconds: 120
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const e = h.sec(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name })[0].firstTimestamp);
    h.eq([h.sec(p.metadata.deletionTimestamp) - e, p.metadata.deletionGracePeriodSeconds], [120, 120], 'grace from the pod spec');
  },
};
