// One node drained at 1m for 2m: the pod is evicted (143 at once), its replacement made after the 10s back-off
// (70s) is refused by NodeUnschedulable, and bound when the uncordon requeues it (180s); it then runs its 5m.
export default {
  id: 'newfeat/nf22-drain-for-replacement-waits-uncordon',
  source: 'kubectl drain/uncordon; nodeunschedulable Filter and its queueing hint (isSchedulableAfterNodeChange); job_controller.go getBackoff',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 1m, drainNode: w-1, for: 2m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 5m}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const [first, second] = h.podsOf('etl');
    h.eq(h.sec(first.status.containerStatuses[0].state.terminated.finishedAt), 60, 'evicted pod ends at once');
    h.eq(h.sec(second.metadata.creationTimestamp), 70, 'replacement after 10s');
    const fs = h.events({ reason: 'FailedScheduling', name: second.metadata.name });
    h.eq([h.sec(fs[0].firstTimestamp), fs[0].message], [70, '0/1 nodes are available: 1 node(s) were unschedulable. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.'], 'refused by NodeUnschedulable');
    // at the uncordon the taint may still be there for a moment (the node lifecycle controller removes it): a
    // TaintToleration refusal then, and a retry after the pod's back-off, is upstream's race too
    const sch = h.events({ reason: 'Scheduled', name: second.metadata.name }).map((e) => h.sec(e.firstTimestamp));
    h.assert(sch.length === 1 && sch[0] >= 180 && sch[0] <= 182, `bound at the uncordon: ${sch}`);
    const j = h.job('etl');
    h.eq([j.status.failed, j.status.succeeded], [1, 1], 'Job');
    h.eq(h.get('Node', 'w-1').spec.unschedulable, undefined, 'uncordoned');
  },
};
