// Only strictly lower-priority pods may be preempted: a pod of the same priority class finds no victim.
export default {
  id: 'scheduler2/preempt-equal-priority-none',
  source: 'default_preemption.go SelectVictimsOnNode (corev1helpers.PodPriority(pi.Pod) < podPriority; len(potentialVictims) == 0 -> "No preemption victims found for incoming pod")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: second }
      spec:
        template:
          spec:
            priorityClassName: mid
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: mid }
value: 500
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      priorityClassName: mid
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no preemption');
    const p = h.podsOf('second')[0];
    h.eq(p.status.nominatedNodeName, undefined, 'not nominated');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.']], 'message');
  },
};
