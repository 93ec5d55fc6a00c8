// "Pod's node affinity" sorts before "pod affinity" (P < p). The db pod runs on the web node, which the
// pod's nodeSelector excludes; the two batch nodes hold no db pod. Every node is UnschedulableAndUnresolvable,
// so preemption finds no potential node at all.
export default {
  id: 'schedmsg/node-affinity-sorts-before-pod-affinity',
  source: 'types.go FitError.Error (sort.Strings); nodeaffinity Filter (UnschedulableAndUnresolvable, ErrReasonPod); interpodaffinity/filtering.go Filter (UnschedulableAndUnresolvable, ErrReasonAffinityRulesNotMatch); preemption.go findCandidates (len(potentialNodes) == 0) and Preempt (SetAbsentNodesStatus)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: batch, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { tier: batch } }
    - { name: web, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { tier: web } }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: app }, spec: { template: { spec: { nodeSelector: { tier: batch }, restartPolicy: Never, affinity: { podAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: { app: db } }, topologyKey: kubernetes.io/hostname }] } }, containers: [{ name: c, image: busybox }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: db }
spec:
  template:
    metadata: { labels: { app: db }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { tier: web }
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('app')[0];
    const msg = "0/3 nodes are available: 1 node(s) didn't match Pod's node affinity/selector, 2 node(s) didn't match pod affinity rules. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[10, msg]], 'FailedScheduling');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c?.status, c?.reason, N(c?.message)], ['False', 'Unschedulable', msg], 'PodScheduled');
  },
};
