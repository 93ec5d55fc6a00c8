// Two pods of 1 cpu on a single 1-cpu node: the second waits unschedulable until the first finishes.
// Its status.startTime is when the kubelet accepted it (= its Scheduled/binding time), not its creation;
// PodScheduled went False (Unschedulable) at 0s and True at the binding.
export default {
  id: 'kubelet/starttime-after-scheduling-wait',
  source: 'pkg/kubelet/status/status_manager.go updateStatusInternal (StartTime set by the kubelet at its first status); registry/core/pod/storage binding (PodScheduled True at bind); scheduler handleSchedulingFailure (PodScheduled False Unschedulable)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec:
  cluster:
    nodePools: [{ name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { annotations: { jobsim/duration: "30s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 2, 'pods');
    const late = pods.find((p) => h.sec(p.status.startTime) > 0);
    h.assert(late, 'one pod started late');
    const sched = h.events({ reason: 'Scheduled', name: late.metadata.name });
    h.eq(sched.length, 1, 'one Scheduled event');
    const bound = h.sec(sched[0].firstTimestamp);
    h.assert(bound >= 30, `bound after the first pod finished (at ${bound})`);
    h.eq(h.sec(late.status.startTime), bound, 'startTime = binding');
    h.eq(h.sec(late.metadata.creationTimestamp), 0, 'created at 0');
    const c = h.anyCond(late, 'PodScheduled');
    h.eq([c.status, c.reason ?? null, h.sec(c.lastTransitionTime)], ['True', null, bound], 'PodScheduled');
    h.eq(h.sec(late.status.containerStatuses[0].state.terminated.startedAt), bound, 'container started at binding');
  },
};
