// A nominated preemptor holds its room only while it exists: hi preempts v (SIGTERM ignored, 30s) and
// is nominated to w-1; other (priority 0) waits behind that room from +62s. The hi Job is deleted at
// +70s (its Pending pod goes at once); when v is gone at +90s other binds to w-1.
export default {
  id: 'preempt2/deleted-preemptor-releases-room',
  source: 'scheduler eventhandlers.go deletePodFromSchedulingQueue (SchedulingQueue.Delete removes the pod and its nomination: nominator.DeleteNominatedPodIfExists); framework/runtime RunFilterPluginsWithNominatedPods (only nominated pods still known count)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - { at: 60s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: hi }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { priorityClassName: high, restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }] } } } } }
  - { at: 62s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: other }, spec: { template: { metadata: { annotations: { jobsim/duration: 1h } }, spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
  - { at: 70s, delete: { kind: Job, name: hi } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: v }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: 1h, jobsim/on-sigterm: ignore } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
`,
  check(r, h) {
    const hi = h.podsOf('hi')[0];
    const o = h.podsOf('other')[0];
    h.eq(h.events({ reason: 'Preempted' }).map((e) => h.sec(e.firstTimestamp)), [60], 'one preemption at +60s');
    h.eq([hi.spec.nodeName, h.sec(hi.metadata.deletionTimestamp)], [undefined, 70], 'hi deleted unbound at +70s');
    h.eq(h.events({ reason: 'FailedScheduling', name: o.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[62, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.']], 'other waits');
    h.eq(h.events({ reason: 'Scheduled', name: o.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[90, `Successfully assigned default/${o.metadata.name} to w-1`]], 'other bound when v is gone');
  },
};
