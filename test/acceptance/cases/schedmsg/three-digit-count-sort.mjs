// Counts are part of the sorted strings: "1 Insufficient cpu" before "105 node(s) ..." (the space after "1"
// sorts before "0"), and in the preemption sentence "1 No preemption victims" before "105 Preemption is not
// helpful". 106 nodes, none fits: every node is named, whatever the sample size of a successful search.
export default {
  id: 'schedmsg/three-digit-count-sort',
  source: 'types.go FitError.Error (fmt.Sprintf("%v %v", count, reason), sort.Strings); schedule_one.go findNodesThatPassFilters (numNodesToFind only stops the search at feasible nodes; every infeasible node gets a status); preemption.go Preempt',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: infra, count: 105, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, taints: [{ key: dedicated, value: infra, effect: NoSchedule }] }
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: want }, spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: hog }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 1500m } } }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('want')[0];
    const msg = '0/106 nodes are available: 1 Insufficient cpu, 105 node(s) had untolerated taint(s). preemption: 0/106 nodes are available: 1 No preemption victims found for incoming pod, 105 Preemption is not helpful for scheduling.';
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[10, msg]], 'FailedScheduling');
    h.eq(N(h.anyCond(p, 'PodScheduled')?.message), msg, 'PodScheduled message');
  },
};
