// Scale-down order among pods that are not running: with one 2-cpu node, a 30s image pull and 1-cpu pods,
// parallelism 1 -> 3 at 35s gives one bound pod (pulling, Pending) and one unschedulable pod. Lowering to 2 at 40s
// deletes the unassigned pod (grace 0: deletionTimestamp 40s); lowering to 1 at 45s deletes the bound Pending one
// (deletionTimestamp 45 + 30), not the Running first pod. Neither is counted as failed.
export default {
  id: 'mutations2/scale-down-unassigned-then-bound-pending',
  source: 'pkg/controller/controller_utils.go ActivePods.Less (1. unassigned < assigned, 2. Pending < Unknown < Running); job_controller.go manageJob (rmAtLeast = active - wantActive; activePodsForRemoval; deleteJobPods removes the finalizer first)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 4Gi, pods: 10}}
  latencies: {imagePull: 30s}
  timeline:
  - {at: 35s, patch: {kind: Job, name: j, spec: {parallelism: 3}}}
  - {at: 40s, patch: {kind: Job, name: j, spec: {parallelism: 2}}}
  - {at: 45s, patch: {kind: Job, name: j, spec: {parallelism: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: 4
  parallelism: 1
  template:
    metadata: {annotations: {jobsim/duration: 100s}}
    spec:
      containers: [{name: c, image: busybox, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    const first = pods[0];
    h.eq([h.sec(first.metadata.creationTimestamp), first.status.phase, first.metadata.deletionTimestamp ?? null], [0, 'Succeeded', null], 'first pod untouched');
    const del = h.events({ kind: 'Job', name: 'j', reason: 'SuccessfulDelete' }).map((e) => [h.sec(e.firstTimestamp), e.message.replace('Deleted pod: ', '')]);
    h.eq(del.length, 2, 'two deletions');
    const byName = Object.fromEntries(pods.map((p) => [p.metadata.name, p]));
    const a = byName[del[0][1]], b = byName[del[1][1]];
    h.eq([del[0][0], a.spec.nodeName ?? null, h.sec(a.metadata.deletionTimestamp)], [40, null, 40], 'first deleted: the unassigned pod');
    h.eq([del[1][0], b.spec.nodeName, h.sec(b.metadata.deletionTimestamp)], [45, 'w-1', 75], 'second deleted: the bound Pending pod');
    const j = h.job('j');
    h.eq([j.status.succeeded, j.status.failed ?? 0, h.sec(j.status.completionTime)], [4, 0, 524], '[succeeded, failed, completionTime]');
  },
};
