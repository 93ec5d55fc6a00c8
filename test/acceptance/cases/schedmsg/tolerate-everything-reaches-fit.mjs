// An empty-key Exists toleration tolerates every taint, node.kubernetes.io/unschedulable included: a node
// both cordoned and tainted passes NodeUnschedulable and TaintToleration, and is judged by NodeResourcesFit
// (Unschedulable, a preemption candidate). The untolerating twin pod sees the same node as cordoned.
export default {
  id: 'schedmsg/tolerate-everything-reaches-fit',
  source: 'nodeunschedulable/node_unschedulable.go Filter (TolerationsTolerateTaint(pod.Spec.Tolerations, {Key: node.kubernetes.io/unschedulable, Effect: NoSchedule})); core/v1 Toleration.ToleratesTaint (empty key with Exists matches all keys; empty effect all effects); tainttoleration Filter',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, taints: [{ key: dedicated, value: infra, effect: NoSchedule }] }
  faults:
  - { at: 5s, cordonNode: w-1 }
  timeline:
  - { at: 20s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: all }, spec: { template: { spec: { tolerations: [{ operator: Exists }], restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
  - { at: 20s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: plain }, spec: { template: { spec: { tolerations: [{ key: dedicated, operator: Exists }], restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: hog }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      tolerations: [{ key: dedicated, operator: Exists }]
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 1500m } } }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    h.eq(h.podsOf('hog')[0].spec.nodeName, 'w-1', 'hog placed before the cordon');
    const all = h.podsOf('all')[0];
    const plain = h.podsOf('plain')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: all.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[20, '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.']], 'tolerate-all pod judged on cpu');
    h.eq(h.events({ reason: 'FailedScheduling', name: plain.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[20, '0/1 nodes are available: 1 node(s) were unschedulable. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.']], 'other pod refused by the cordon');
  },
};
