// A pod refused by a cordoned node (and by cpu elsewhere) is requeued by the uncordon (NodeUnschedulable's
// hint: the node became schedulable) and binds there at once. Whether one more attempt first meets the
// node.kubernetes.io/unschedulable taint that the node lifecycle controller removes right after is a race
// upstream, so only the first verdict and the bind time are checked.
export default {
  id: 'schedmsg/uncordon-requeues-refused-pod',
  source: 'nodeunschedulable/node_unschedulable.go isSchedulableAfterNodeChange (Queue when spec.unschedulable turns false); internal/queue/scheduling_queue.go MoveAllToActiveOrBackoffQueue (requeue when a rejector plugin\'s hint says Queue); tainttoleration isSchedulableAfterNodeChange; types.go FitError.Error',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  faults:
  - { at: 0s, cordonNode: w-1, for: 60s }
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
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('want')[0];
    const fs = h.events({ reason: 'FailedScheduling', name: p.metadata.name });
    h.eq([h.sec(fs[0]?.firstTimestamp), N(fs[0]?.message)], [10, '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) were unschedulable. preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.'], 'first FailedScheduling');
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[60, `Successfully assigned default/${p.metadata.name} to w-1`]], 'bound at the uncordon');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c?.status, h.sec(c?.lastTransitionTime)], ['True', 60], 'PodScheduled');
  },
};
