// backoffLimitPerIndex with the default podReplacementPolicy (TerminatingOrFailed): the pod of index 1 on a node that
// went down is evicted by the taint manager and stays Terminating; it is considered failed at once.
// Its per-index back-off counts from its finish time, which is the Ready=False transition (long before) since no container
// terminated, so the replacement (failure-count "1") is created in the next sync (1s after the deletion) and the old pod is counted
// failed one sync later, while still terminating.
export default {
  id: 'indexed/blpi-node-down-terminating-pod',
  source: 'job_controller.go isPodFailed (deletionTimestamp && phase != Succeeded unless onlyReplaceFailedPods); backoff_utils.go getFinishedTime (containers, then Ready=False lastTransitionTime, then deletionTimestamp); indexed_job_utils.go getPodsWithDelayedDeletionPerIndex; reference §3.3, §4, §6',
  args: ['--duration', '10m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nd}
spec:
  cluster:
    nodePools:
    - {name: a, count: 1, capacity: {cpu: "4", memory: 16Gi, pods: 1}}
    - {name: b, count: 1, capacity: {cpu: "4", memory: 16Gi, pods: 2}}
  behaviors:
    - selector: {matchLabels: {app: nd}}
      duration: 1h
  faults:
    - {at: 10s, nodeDown: a-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: nd}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: nd}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('nd');
    const old = pods.find((p) => p.spec.nodeName === 'a-1');
    h.assert(old && old.metadata.name.startsWith('nd-1-'), 'index 1 expected on a-1 (scheduling changed)');
    const ready = old.status.conditions.find((c) => c.type === 'Ready');
    const del = h.sec(old.metadata.deletionTimestamp) - (old.metadata.deletionGracePeriodSeconds ?? 30);
    h.eq([ready.status, old.status.phase], ['False', 'Running'], 'old pod Ready=False and still Running (its node is down)');
    h.assert(h.sec(ready.lastTransitionTime) + 10 < del, `Ready=False (${h.sec(ready.lastTransitionTime)}s) should be more than 10s before the deletion (${del}s)`);
    const repl = pods.filter((p) => p.metadata.name.startsWith('nd-1-') && p !== old);
    h.eq(repl.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.annotations['batch.kubernetes.io/job-index-failure-count']]), [[del + 1, '1']], 'replacement [created 1s after the deletion, failure-count]');
    const job = h.job('nd');
    h.eq([job.status.active, job.status.failed, job.status.terminating, job.status.failedIndexes], [2, 1, 1, ''], '[active, failed, terminating, failedIndexes]');
  },
};
