// A drain evicts every pod, but a Job whose pods tolerate every taint (operator Exists, no key) gets its
// replacement bound right back on the drained node: NodeUnschedulable and TaintToleration both let a pod
// through that tolerates node.kubernetes.io/unschedulable, and the emptied node scores best.
export default {
  id: 'schedplug/drain-tolerating-replacement-returns',
  source: 'nodeunschedulable/node_unschedulable.go Filter (TolerationsTolerateTaint(pod.Spec.Tolerations, {node.kubernetes.io/unschedulable, NoSchedule})); core/v1 Toleration.ToleratesTaint (empty key with Exists matches every taint); tainttoleration Filter; least_allocated.go; job_controller.go getBackoff (10s after the failure)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
  faults:
  - { at: 60s, drainNode: w-1 }
  timeline:
  - { at: 5s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: tol }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { tolerations: [{ operator: Exists }], restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: hog }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const pods = h.podsOf('tol');
    h.eq(pods.length, 2, 'one replacement');
    h.eq(pods[0].spec.nodeName, 'w-1', 'first pod on the emptier w-1');
    h.eq(h.anyCond(pods[0], 'DisruptionTarget')?.reason, 'EvictionByEvictionAPI', 'evicted by the drain');
    const w1 = h.get('Node', 'w-1', undefined);
    h.eq(w1.spec.unschedulable, true, 'w-1 still cordoned');
    h.eq(h.events({ reason: 'Scheduled', name: pods[1].metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[70, `Successfully assigned default/${pods[1].metadata.name} to w-1`]], 'replacement back on the drained w-1');
  },
};
