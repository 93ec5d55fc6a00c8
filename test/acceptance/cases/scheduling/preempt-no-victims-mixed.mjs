// Preemption message per node: a node failing only on resources whose pods are all of equal or
// higher priority gives "No preemption victims found for incoming pod"; a node failing on a taint
// (UnschedulableAndUnresolvable) is not a candidate: "Preemption is not helpful for scheduling".
export default {
  id: 'scheduling/preempt-no-victims-mixed',
  source: 'default_preemption.go SelectVictimsOnNode ("No preemption victims found for incoming pod", strictly lower priority only); preemption.go findCandidates (NodesForStatusCode Unschedulable) and Preempt (absent nodes "Preemption is not helpful for scheduling")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - name: t
      count: 1
      capacity: { cpu: "8", memory: 8Gi, pods: 110 }
      taints: [{ key: infra, value: "true", effect: NoSchedule }]
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: peer }
      spec:
        template:
          spec:
            priorityClassName: high
            containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      priorityClassName: high
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('peer')[0];
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no victim of equal priority');
    h.eq(p.status.nominatedNodeName, undefined, 'not nominated');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.']], 'FailedScheduling');
  },
};
