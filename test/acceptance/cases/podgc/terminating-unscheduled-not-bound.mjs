// A pending pod (waits for the cpu hog's node) with a user finalizer is deleted with its Job at 30s: grace 0 (never
// bound), kept by example.com/hold. When the hog finishes at 35s the node has room, but the scheduler skips a pod
// being deleted (skipPodSchedule), so it is never bound; the pod GC's gcUnscheduledTerminating marks it Failed at
// the 40s pass. No Scheduled event, no kubelet event for it.
export default {
  id: 'podgc/terminating-unscheduled-not-bound',
  source: 'pkg/scheduler/schedule_one.go skipPodSchedule (pod.DeletionTimestamp != nil); podgc gc_controller.go gcUnscheduledTerminating -> markFailedAndDeletePod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q16}
spec:
  duration: 2m
  cluster:
    nodePools: [{name: w, count: 1, capacity: {cpu: "1", memory: 4Gi, pods: 110}}]
  timeline:
  - {at: 30s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: hog}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "35s"}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {finalizers: [example.com/hold]}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.of('Pod').find((x) => x.metadata.name.startsWith('j-'));
    h.eq([p.spec.nodeName, p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.finalizers], [undefined, 'Failed', 30, ['example.com/hold']], 'never bound, failed by the pod GC');
    h.eq(h.events({ name: p.metadata.name }).map((e) => e.reason), ['FailedScheduling'], 'only the first FailedScheduling');
  },
};
