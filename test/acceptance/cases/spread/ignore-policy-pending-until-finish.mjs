// nodeAffinityPolicy: Ignore keeps zone b (which the pod's nodeSelector excludes) as a domain with 0
// matching pods, so the global minimum is 0 and a pod pinned to zone a, where one matching pod
// runs, has skew 1+1-0 = 2 > 1: Pending. When that pod finishes (30s) it is no longer counted
// (terminal pods leave the scheduler's cache) and the pod is bound to a-1.
export default {
  id: 'spread/ignore-policy-pending-until-finish',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/plugins/podtopologyspread/common.go matchNodeInclusionPolicies (NodeAffinityPolicy Ignore), filtering.go calPreFilterState/Filter; pkg/scheduler/scheduler.go (pod informer field selector status.phase!=Succeeded,status.phase!=Failed); plugin.go EventsToRegister (Pod delete)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: a, count: 1, capacity: { cpu: "32", memory: 64Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b } }
  timeline:
  - { at: 5s, patch: { kind: Job, name: main, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: filler }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 30s } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: a }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: main }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { topology.kubernetes.io/zone: a }
      topologySpreadConstraints:
      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, nodeAffinityPolicy: Ignore, labelSelector: { matchLabels: { app: web } } }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('filler')[0].spec.nodeName, 'a-1', 'filler on a-1');
    const p = h.podsOf('main')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), ["0/2 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 1 node(s) didn't match pod topology spread constraints. no new claims to deallocate, preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling."], 'message');
    h.near(h.sec(h.events({ reason: 'FailedScheduling', name: p.metadata.name })[0].firstTimestamp), 5, 1, 'first attempt');
    h.eq(p.spec.nodeName, 'a-1', 'bound to a-1 in the end');
    const s = h.events({ reason: 'Scheduled', name: p.metadata.name });
    h.eq(s.length, 1, 'one Scheduled');
    h.near(h.sec(s[0].firstTimestamp), 30, 1, 'bound when the matching pod finished');
  },
};
