// The FailedScheduling histogram with two plugins: three zone-a nodes fail InterPodAffinity (an app=x pod
// runs in zone a) and the tainted zone-b node fails TaintToleration first. The reasons are sorted as
// "count reason" strings; preemption splits them into "No preemption victims found" (anti-affinity,
// Unschedulable) and "Preemption is not helpful" (taint, UnschedulableAndUnresolvable).
export default {
  id: 'interpod/histogram-taint-and-anti-affinity',
  source: 'kubernetes/kubernetes pkg/scheduler/framework/types.go FitError.Error (sortReasonsHistogram: fmt.Sprintf("%v %v", count, reason), sort.Strings); tainttoleration Filter (UnschedulableAndUnresolvable); interpodaffinity/filtering.go Filter (Unschedulable ErrReasonAntiAffinityRulesNotMatch); default_preemption.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: a, count: 3, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: a } }
    - { name: b, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: b }, taints: [{ key: dedicated, value: gpu, effect: NoSchedule }] }
  timeline:
  - { at: 5s, patch: { kind: Job, name: web, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  template:
    metadata: { labels: { app: x }, annotations: { jobsim/duration: 1h } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: web }
spec:
  suspend: true
  template:
    metadata: { labels: { app: web } }
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { labelSelector: { matchLabels: { app: x } }, topologyKey: topology.kubernetes.io/zone }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('x')[0].metadata.labels['topology.kubernetes.io/zone'], 'a', 'x in zone a');
    const p = h.podsOf('web')[0];
    h.eq(p.spec.nodeName, undefined, 'web not bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]),
      [[5, "0/4 nodes are available: 1 node(s) had untolerated taint(s), 3 node(s) didn't match pod anti-affinity rules. no new claims to deallocate, preemption: 0/4 nodes are available: 1 Preemption is not helpful for scheduling, 3 No preemption victims found for incoming pod."]], 'FailedScheduling');
  },
};
