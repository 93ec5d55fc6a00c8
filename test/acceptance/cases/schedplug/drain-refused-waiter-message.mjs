// A pod waiting for cpu on the only node is retried when a drain evicts the pod that held it, and is then
// refused for the cordon: its second FailedScheduling, at the drain, says "were unschedulable" and that
// preemption cannot help there.
export default {
  id: 'schedplug/drain-refused-waiter-message',
  source: 'kubectl drain (cordon, then evict); noderesources/fit.go isSchedulableAfterPodEvent (a scheduled pod gone: Queue); nodeunschedulable/node_unschedulable.go Filter (UnschedulableAndUnresolvable, ErrReasonUnschedulable "node(s) were unschedulable"); preemption.go Preempt ("Preemption is not helpful for scheduling"); types.go FitError.Error',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  faults:
  - { at: 60s, drainNode: w-1 }
  timeline:
  - { at: 5s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: waiter }, spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: hog }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const hog = h.podsOf('hog')[0];
    h.eq([h.sec(hog.metadata.deletionTimestamp), hog.status.phase], [90, 'Failed'], 'hog evicted at +60s (30s grace), failed');
    const p = h.podsOf('waiter')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [
      [5, '0/1 nodes are available: 1 Insufficient cpu. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.'],
      [60, '0/1 nodes are available: 1 node(s) were unschedulable. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.'],
    ], 'FailedScheduling before and after the drain');
    h.eq(p.spec.nodeName, undefined, 'still pending');
  },
};
