// Sub-second timing: a 10.5s container under OnFailure exits at 10.5s and restarts at once; the pod update is
// batched 1s, so the sync at 11.5s trips backoffLimit 1: FailureTarget written at 11.5s ("...:11Z", second
// precision), the pod deleted with grace 30 (deletionTimestamp 41.5s -> "...:41Z"), killed at once; Failed at 12.5s
// ("...:12Z").
export default {
  id: 'onfailure/subsecond-restart-batching',
  source: 'job_controller.go syncJobBatchPeriod (1s) / enqueueSyncJobBatched; metav1.Time RFC 3339 second precision; pod registry CheckGracefulDelete (deletionTimestamp = now + grace)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ss}
spec:
  backoffLimit: 1
  template:
    metadata: {annotations: {jobsim/duration: "10500ms", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('ss');
    h.eq(job.status.conditions.map((c) => [c.type, c.lastTransitionTime.slice(11)]), [['FailureTarget', '00:00:11Z'], ['Failed', '00:00:12Z']], 'condition times');
    const p = h.podsOf('ss')[0];
    h.eq([p.metadata.deletionTimestamp.slice(11), p.metadata.deletionGracePeriodSeconds], ['00:00:41Z', 30], 'deletion');
    const cs = p.status.containerStatuses[0];
    h.eq([cs.restartCount, cs.lastState.terminated.finishedAt.slice(11), cs.state.terminated.startedAt.slice(11), cs.state.terminated.finishedAt.slice(11)], [1, '00:00:10Z', '00:00:10Z', '00:00:11Z'], 'container times');
  },
};
