// Indexed Job (completions 3, parallelism 3): the pod of index 1 is evicted at 30s. The replacement, created after
// the 10s back-off (40s), is for index 1 again: name x-1-<random>, hostname x-1, the completion-index annotation
// and label "1"; the evicted pod is counted failed (TerminatingOrFailed), and the Job completes with
// completedIndexes "0-2" once the replacement ends (160s -> 161s).
export default {
  id: 'evict/ev21-indexed-evicted-index-recreated-same-identity',
  source: 'job indexed_job_utils.go firstPendingIndexes / addCompletionIndexEnvVariable / podGenerateNameWithIndex, job_controller.go manageJob (Hostname = <job>-<index>); eviction.go addConditionAndDeletePod; backoff_utils.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  faults:
  - {at: 30s, evictPod: default/x-1-vqbl8}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    metadata: {annotations: {jobsim/duration: 2m}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('x');
    h.eq(pods.length, 4, 'one replacement');
    const ev = h.get('Pod', 'x-1-vqbl8');
    h.hasCond(ev, 'DisruptionTarget', 'EvictionByEvictionAPI');
    const q = pods.find((p) => h.sec(p.metadata.creationTimestamp) === 40);
    h.assert(q, 'a replacement created at 40s');
    h.assert(/^x-1-[a-z0-9]{5}$/.test(q.metadata.name) && q.metadata.name !== 'x-1-vqbl8', `replacement name ${q.metadata.name}`);
    h.eq([q.spec.hostname, q.metadata.annotations['batch.kubernetes.io/job-completion-index'], q.metadata.labels['batch.kubernetes.io/job-completion-index']], ['x-1', '1', '1'], 'same index identity');
    const j = h.job('x');
    h.eq([j.status.failed, j.status.succeeded, j.status.completedIndexes, h.sec(h.hasCond(j, 'Complete').lastTransitionTime)], [1, 3, '0-2', 161], 'Job');
  },
};
