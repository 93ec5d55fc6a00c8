// Once the pod binds, the binding sets PodScheduled=True as a new condition: the reason and the message of
// the failures are gone and lastTransitionTime is the bind time. The hog's end frees the room and moves the
// pod back at once (a deleted/finished pod's resources).
export default {
  id: 'schedmsg/condition-replaced-on-bind',
  source: 'pkg/registry/core/pod/storage/storage.go setPodNodeAndMetadata (UpdatePodCondition with {Type: PodScheduled, Status: True}); pkg/api/v1/pod UpdatePodCondition (replaces the condition, new LastTransitionTime when the status changes); schedule_one.go handleSchedulingFailure (Reason Unschedulable, Message fitError)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
    - { name: t, count: 1, capacity: { cpu: "8", memory: 8Gi, pods: 110 }, taints: [{ key: dedicated, value: infra, effect: NoSchedule }] }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: want }, spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: hog }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 40s } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 1500m } } }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('want')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[10, '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) had untolerated taint(s). preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.']], 'FailedScheduling');
    h.eq(h.events({ reason: 'Scheduled', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[40, `Successfully assigned default/${p.metadata.name} to w-1`]], 'Scheduled when the hog ends');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c?.status, c?.reason, N(c?.message), h.sec(c?.lastTransitionTime)], ['True', undefined, undefined, 40], 'PodScheduled replaced');
  },
};
