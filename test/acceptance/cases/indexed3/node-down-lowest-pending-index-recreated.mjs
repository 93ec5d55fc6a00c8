// Indexed 4 completions, parallelism 2, on two one-pod nodes; a-1 stops answering at 10s for good. Its pod (index X)
// is evicted by the taint manager (300s toleration) and stays Terminating; it is considered failed at once
// (TerminatingOrFailed), and the next sync (1s later) re-creates index X, the lowest pending index, before index 3.
// The Job reaches completedIndexes "0-3" and SuccessCriteriaMet, but Complete waits for the terminating pod, which
// never ends.
export default {
  id: 'indexed3/node-down-lowest-pending-index-recreated',
  source: 'pkg/controller/job/job_controller.go isPodFailed (deletionTimestamp, TerminatingOrFailed), manageJob; indexed_job_utils.go firstPendingIndexes (lowest indexes first); enactJobFinished (terminating > 0 delays Complete); reference §2.1, §2.6 step 4, §2.8, §4',
  args: ['--duration', '20m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nd}
spec:
  cluster:
    nodePools:
    - {name: a, count: 1, capacity: {cpu: "4", memory: 16Gi, pods: 1}}
    - {name: b, count: 1, capacity: {cpu: "4", memory: 16Gi, pods: 1}}
  behaviors:
    - selector: {matchLabels: {app: nd}}
      duration: 200s
  faults:
    - {at: 10s, nodeDown: a-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: nd}
spec:
  completionMode: Indexed
  completions: 4
  parallelism: 2
  template:
    metadata: {labels: {app: nd}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('nd');
    const stuck = pods.find((p) => p.spec.nodeName === 'a-1');
    h.assert(stuck, 'a pod on a-1');
    const x = stuck.metadata.labels['batch.kubernetes.io/job-completion-index'];
    const del = h.sec(stuck.metadata.deletionTimestamp) - stuck.metadata.deletionGracePeriodSeconds;
    h.eq(stuck.status.phase, 'Running', 'the stuck pod stays Running (Terminating)');
    const created = h.events({ kind: 'Job', name: 'nd', reason: 'SuccessfulCreate' }).map((e) => [e.message.replace(/^Created pod: nd-(\d)-[a-z0-9]{5}$/, '$1'), h.sec(e.firstTimestamp)]);
    const other = x === '0' ? '1' : '0';
    h.eq(created, [['0', 0], ['1', 0], ['2', 201], [x, del + 1], ['3', 402]].sort((a, b) => a[1] - b[1] || Number(a[0]) - Number(b[0])), `pod creations (stuck index ${x}, the other ${other})`);
    const job = h.job('nd');
    h.eq([job.status.completedIndexes, job.status.succeeded, job.status.failed, job.status.terminating, job.status.active ?? 0], ['0-3', 4, 1, 1, 0], '[completedIndexes, succeeded, failed, terminating, active]');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason]), [['SuccessCriteriaMet', 'CompletionsReached']], 'conditions (no Complete while a pod terminates)');
  },
};
