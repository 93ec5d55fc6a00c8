// A node both cordoned and tainted is counted once, for NodeUnschedulable (the first filter of the default
// profile); a second node only tainted, a third short of cpu behind a pod of equal priority. Three reasons, one
// per node, sorted as strings ("1 I" < "1 n"); preemption: the cordoned and tainted nodes are
// UnschedulableAndUnresolvable, the cpu node has no lower-priority pod.
export default {
  id: 'schedmsg/cordon-and-taint-first-filter',
  source: 'pkg/scheduler/framework/runtime/framework.go RunFilterPlugins (stops at the first non-success status); apis/config/v1/default_plugins.go (NodeUnschedulable before TaintToleration); types.go FitError.Error (sort.Strings of "%v %v"); preemption.go findCandidates/Preempt (SetAbsentNodesStatus "Preemption is not helpful for scheduling"); default_preemption.go SelectVictimsOnNode ("No preemption victims found for incoming pod")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: cordoned, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, taints: [{ key: dedicated, value: infra, effect: NoSchedule }] }
    - { name: tainted, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, taints: [{ key: dedicated, value: infra, effect: NoSchedule }] }
    - { name: full, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  faults:
  - { at: 0s, cordonNode: cordoned-1 }
  timeline:
  - { at: 30s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: late }, spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: blocker }
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
    const p = h.podsOf('late')[0];
    const msg = '0/3 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s), 1 node(s) were unschedulable. preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.';
    const fs = h.events({ reason: 'FailedScheduling', name: p.metadata.name });
    h.eq(fs.map((e) => [h.sec(e.firstTimestamp), e.type, e.source?.component, N(e.message)]), [[30, 'Warning', 'default-scheduler', msg]], 'FailedScheduling');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c?.status, c?.reason, N(c?.message), h.sec(c?.lastTransitionTime)], ['False', 'Unschedulable', msg, 30], 'PodScheduled');
    h.eq([p.status.phase, p.spec.nodeName, p.status.nominatedNodeName], ['Pending', undefined, undefined], 'pending, not nominated');
  },
};
