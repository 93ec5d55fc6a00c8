// The only lower-priority pod runs on a node the preemptor does not tolerate: that node is
// UnschedulableAndUnresolvable, not a candidate; the other node holds only pods of higher priority.
export default {
  id: 'scheduler2/preempt-tainted-node-not-candidate',
  source: 'preemption.go nodesWherePreemptionMightHelp (skips UnschedulableAndUnresolvable); default_preemption.go SelectVictimsOnNode (no lower-priority pods -> "No preemption victims found for incoming pod")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: open, count: 1, capacity: { cpu: "1", memory: 8Gi, pods: 110 } }
    - { name: gpu, count: 1, capacity: { cpu: "1", memory: 8Gi, pods: 110 }, taints: [{ key: gpu, value: "true", effect: NoSchedule }] }
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: mid }
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
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: top }
value: 900
---
apiVersion: batch/v1
kind: Job
metadata: { name: topjob }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      priorityClassName: top
      nodeSelector: { kubernetes.io/hostname: open-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: lowgpu }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      tolerations: [{ key: gpu, operator: Exists }]
      nodeSelector: { kubernetes.io/hostname: gpu-1 }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no preemption');
    const p = h.podsOf('mid')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), ['0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.'], 'message');
  },
};
