// Taints and Tolerations, "Example Use Cases / Dedicated Nodes": team-1 is tainted dedicated=groupName:NoSchedule.
// Pods of other users never land on it: with general-1 (1 CPU) full, other's second pod waits (Insufficient cpu on
// general-1, untolerated taint on team-1) and is bound to general-1 only when the first finishes at 60s. "The pods
// with the tolerations will then be allowed to use the tainted (dedicated) nodes as well as any other nodes": the
// team Job's pods, with the toleration and no node affinity, are bound to team-1 since general-1 is full.
export default {
  id: 'podlife/pl16-taints-doc-dedicated-nodes',
  source: 'website content/en/docs/concepts/scheduling-eviction/taint-and-toleration.md "Example Use Cases" (Dedicated Nodes); tainttoleration Filter; noderesources/fit.go; framework/types.go FitError (reasons sorted, counted per node)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: dedicated}
spec:
  duration: 3m
  cluster:
    nodePools:
    - name: general
      count: 1
      capacity: {cpu: "1", memory: 8Gi, pods: 110}
    - name: team
      count: 1
      capacity: {cpu: "4", memory: 8Gi, pods: 110}
      labels: {dedicated: groupName}
      taints: [{key: dedicated, value: groupName, effect: NoSchedule}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: other}
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: team}
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      tolerations: [{key: dedicated, operator: Equal, value: groupName, effect: NoSchedule}]
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const bindings = (job) => h.podsOf(job).map((p) => [p.spec.nodeName, h.sec(h.events({ reason: 'Scheduled', name: p.metadata.name })[0].firstTimestamp)]).sort();
    h.eq(bindings('other'), [['general-1', 0], ['general-1', 60]], 'other: general-1 only');
    h.eq(bindings('team'), [['team-1', 0], ['team-1', 0]], 'team: the dedicated node');
    h.eq(h.events({ reason: 'FailedScheduling' }).map((e) => e.message), ['0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.'], 'the waiting pod');
    h.hasCond(h.job('other'), 'Complete');
    h.hasCond(h.job('team'), 'Complete');
  },
};
