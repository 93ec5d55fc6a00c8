// Indexed 2/2 (no backoffLimitPerIndex): a-1 is deleted at 10s; the pod GC fails its pod (index 1) with DisruptionTarget
// DeletionByPodGC and deletes it with grace 0. The pod has no terminated container and is still Ready, so its finish
// time is deletionTimestamp - 0; the global back-off (1 failure: 10s) counts from there, and index 1 is re-created
// exactly 10s after the pod GC (its pod is the same index, name gc-1-...). The Job completes with failed 1.
export default {
  id: 'indexed3/podgc-deleted-node-index-backoff',
  source: 'pkg/controller/podgc/gc_controller.go markFailedAndDeletePodWithCondition (grace 0); pkg/controller/job/backoff_utils.go getFinishedTime (deletionTimestamp - deletionGracePeriodSeconds), newBackoffRecord; reference §3.2, §3.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: gc}
spec:
  cluster:
    nodePools:
    - {name: a, count: 1, capacity: {cpu: "4", memory: 16Gi, pods: 1}}
    - {name: b, count: 1, capacity: {cpu: "4", memory: 16Gi, pods: 1}}
  behaviors:
    - selector: {matchLabels: {app: gc}}
      duration: 100s
  faults:
    - {at: 10s, deleteNode: a-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: gc}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    metadata: {labels: {app: gc}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('gc');
    const lost = pods.find((p) => p.spec.nodeName === 'a-1');
    h.assert(lost, 'a pod on a-1');
    const ix = lost.metadata.labels['batch.kubernetes.io/job-completion-index'];
    const dt = lost.status.conditions.find((c) => c.type === 'DisruptionTarget');
    h.eq([lost.status.phase, dt?.reason, lost.metadata.deletionGracePeriodSeconds], ['Failed', 'DeletionByPodGC', 0], 'lost pod [phase, DisruptionTarget reason, grace]');
    const gcAt = h.sec(lost.metadata.deletionTimestamp);
    const repl = pods.filter((p) => p !== lost && p.metadata.labels['batch.kubernetes.io/job-completion-index'] === ix && h.sec(p.metadata.creationTimestamp) > 0);
    h.eq(repl.map((p) => [p.metadata.name.slice(0, 5), h.sec(p.metadata.creationTimestamp)]), [[`gc-${ix}-`, gcAt + 10]], 'replacement [prefix, created] = pod GC time + 10s');
    const job = h.job('gc');
    h.eq([job.status.failed, job.status.succeeded, job.status.completedIndexes], [1, 2, '0,1'], '[failed, succeeded, completedIndexes]');
  },
};
