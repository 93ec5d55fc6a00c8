// A cordon does not help a pod refused for cpu, so it is not requeued; the 5-minute flush retries it (jobsim
// at exactly 300s, a documented approximation of upstream's (5m, 5m30s]) and the new verdict names the
// cordon: a second FailedScheduling with the new message, the PodScheduled condition's message replaced
// while its lastTransitionTime stays at the first failure (the status did not change).
export default {
  id: 'schedmsg/message-changes-after-flush',
  source: 'internal/queue/scheduling_queue.go flushUnschedulablePodsLeftover (podMaxInUnschedulablePodsDuration 5m); nodeunschedulable isSchedulableAfterNodeChange (Queue only when the node becomes schedulable); schedule_one.go handleSchedulingFailure/updatePod; pkg/api/v1/pod UpdatePodCondition (LastTransitionTime kept when Status is unchanged)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 6m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  faults:
  - { at: 60s, cordonNode: w-2 }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: want }, spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: hog }
spec:
  completions: 2
  parallelism: 2
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
    const first = '0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.';
    const second = '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) were unschedulable. preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.';
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[10, first], [310, second]], 'FailedScheduling');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c?.status, c?.reason, N(c?.message), h.sec(c?.lastTransitionTime)], ['False', 'Unschedulable', second, 10], 'PodScheduled');
  },
};
