// The preemption sentence is a FitError of its own over all nodes, its reasons sorted as strings
// with their counts: "1 No preemption victims found for incoming pod" sorts before "2 Insufficient
// cpu" (two 2-cpu nodes still short without their lower-priority pods, as each holds a pod of the
// preemptor's priority; one big node holding only a pod of equal priority). The small nodes' allocatable
// is not below the request: a node that could never take the pod is not dry-run at all since 1.34.
export default {
  id: 'preempt/failure-histogram-string-order',
  source: 'preemption.go Preempt (len(candidates) == 0: FitError{NumAllNodes: len(allNodes), NodeToStatus from DryRunPreemption}); DryRunPreemption (nodeStatuses.Set of SelectVictimsOnNode\'s status); types.go FitError.Error (sortReasonsHistogram: sort.Strings of "%v %v")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: small, count: 2, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, labels: { pool: small } }
    - { name: big, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: peer }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: high
      nodeSelector: { kubernetes.io/hostname: big-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "3" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: mid }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      priorityClassName: high
      nodeSelector: { pool: small }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { pool: small }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "500m" } } }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no victim');
    h.eq(hi.status.nominatedNodeName, undefined, 'not nominated');
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[60, '0/3 nodes are available: 3 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Insufficient cpu.']], 'FailedScheduling');
  },
};
