// SelectVictimsOnNode returns the filters' own status when the preemptor does not fit even without
// every lower-priority pod: both NodeResourcesFit reasons of the node are counted in the preemption
// sentence.
export default {
  id: 'preempt/still-short-cpu-and-memory',
  source: 'default_preemption.go SelectVictimsOnNode (RunFilterPluginsWithNominatedPods status returned as is); DryRunPreemption (nodeStatuses.Set); noderesources/fit.go (one reason per insufficient resource); types.go FitError.Error',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2", memory: 2Gi } } }] } } } } }
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
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1", memory: 3Gi } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: low }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1", memory: 1Gi } } }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    h.eq(h.events({ reason: 'Preempted' }).length, 0, 'no victim');
    h.eq(h.events({ reason: 'FailedScheduling', name: hi.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[60, '0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Insufficient cpu, 1 Insufficient memory.']], 'FailedScheduling');
    h.eq(hi.status.nominatedNodeName, undefined, 'not nominated');
  },
};
