// Pinning with nodeSelector kubernetes.io/hostname is a plain NodeAffinity Filter (no PreFilter
// narrowing): the other nodes report ErrReasonPod.
export default {
  id: 'scheduling/selector-hostname-label',
  source: 'kubelet node labels (kubernetes.io/hostname); node_affinity.go PreFilter (nodeSelector gives no PreFilterResult) and Filter (ErrReasonPod); noderesources fit',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: pin }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-3 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('pin').filter((p) => p.spec.nodeName).map((p) => p.spec.nodeName), ['w-3'], 'one on w-3');
    h.eq(h.events({ reason: 'FailedScheduling' }).map((e) => e.message), ["0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling."], 'message');
  },
};
