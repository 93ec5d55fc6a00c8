// Drain of w-1 holding indexes 1 and 2 of an Indexed Job (backoffLimitPerIndex 0, maxFailedIndexes 1; each
// pod needs 2 of a node's 4 cpu, so two per node). Both evicted pods exit 143 at 30s and, being deleted, are
// failed at once: indexes 1 and 2 fail (failure count 0 >= backoffLimitPerIndex 0), 2 > maxFailedIndexes: in
// the 31s sync FailureTarget MaxFailedIndexesExceeded, the other two pods are deleted (counted failed, their
// indexes not added to failedIndexes); Failed once they have terminated (143 at 31s): 32s, with the Warning event.
export default {
  id: 'evict/ev06-drain-indexed-max-failed-indexes',
  source: 'job_controller.go syncJob (failedIndexes.total() > MaxFailedIndexes: "Job has exceeded the specified maximal number of failed indexes"), indexed_job_utils.go calculateFailedIndexes/isIndexFailed (only pods still holding the tracking finalizer), deleteJobPods; eviction.go addConditionAndDeletePod; test/integration/job TestBackoffLimitPerIndex (terminated early due to exceeding max failed indexes)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  duration: 10m
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "4", memory: 8Gi, pods: 110}}
  faults:
  - {at: 30s, drainNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 4
  backoffLimitPerIndex: 0
  maxFailedIndexes: 1
  template:
    metadata: {annotations: {jobsim/duration: 2m}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x');
    h.eq(pods.length, 4, 'no replacement');
    const ix = (p) => p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
    const onW1 = pods.filter((p) => p.spec.nodeName === 'w-1').map(ix).sort();
    h.eq(onW1, ['1', '2'], 'indexes on the drained node');
    for (const p of pods) {
      const evicted = p.spec.nodeName === 'w-1';
      h.eq([!!h.cond(p, 'DisruptionTarget'), h.exitCodeOf(p), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)], [evicted, 143, evicted ? 30 : 31], `pod of index ${ix(p)}`);
    }
    h.eq(h.events({ reason: 'SuccessfulDelete' }).map((e) => [h.sec(e.firstTimestamp), e.message.replace(/-[a-z0-9]{5}$/, '')]).sort(),
      [[31, 'Deleted pod: x-0'], [31, 'Deleted pod: x-3']], 'the Job deletes the rest');
    const j = h.job('x');
    h.eq([j.status.failed, j.status.failedIndexes, j.status.active ?? 0, j.status.terminating ?? 0], [4, '1,2', 0, 0], 'status');
    const ft = h.hasCond(j, 'FailureTarget', 'MaxFailedIndexesExceeded');
    const f = h.hasCond(j, 'Failed', 'MaxFailedIndexesExceeded');
    h.eq([h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime), f.message], [31, 32, 'Job has exceeded the specified maximal number of failed indexes'], 'conditions');
    h.eq(h.events({ reason: 'MaxFailedIndexesExceeded' }).map((e) => [h.sec(e.firstTimestamp), e.type]), [[32, 'Warning']], 'event');
  },
};
