// Contrast to bo23 (a spec change syncs at once and the earlier requeue survives): a metadata-only change is a
// Job update with the same generation, enqueued with the 1s batching delay, and that earlier entry replaces the
// pending back-off requeue. Both Jobs' pods run 9.6s and fail (finishedAt "...:09Z"), so the replacement is due at
// 19.0s. For "fl" a label patch at 17.5s brings the sync forward to 18.5s, which finds 0.5s left and requeues for
// the 1s minimum: the replacement is created at 19.5s and fails at 29.1s ("...:29Z"), so the third pod comes 20s
// later at 49s. "ctl" keeps its 19.0s requeue: its second pod fails at 28.6s ("...:28Z") and its third is created
// at 48s. Both have backoffLimit 2 and fail at the third failure, one second after it (58s and 59s).
export default {
  id: 'backoff/batched-update-replaces-requeue',
  source: 'job_controller.go updateJob (same generation: enqueueSyncJobBatched), enqueueSyncJobWithDelay (if delay < SyncJobBatchPeriod { delay = SyncJobBatchPeriod }); client-go delaying_queue insert (an earlier readyAt replaces the pending one); registry/batch/job strategy (generation moves only with the spec)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: floor}
spec:
  timeline:
    - {at: 17500ms, patch: {kind: Job, name: fl, metadata: {labels: {touched: "yes"}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: fl}
spec:
  backoffLimit: 2
  template:
    metadata: {annotations: {jobsim/duration: "9600ms", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: ctl}
spec:
  backoffLimit: 2
  template:
    metadata: {annotations: {jobsim/duration: "9600ms", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const runs = (job) => h.podsOf(job).map((p) => {
      const t = p.status.containerStatuses[0].state.terminated;
      return [h.sec(p.metadata.creationTimestamp), h.sec(t.finishedAt)];
    });
    h.eq(runs('fl'), [[0, 9], [19, 29], [49, 58]], 'fl: pods [created, finishedAt]');
    h.eq(runs('ctl'), [[0, 9], [19, 28], [48, 57]], 'ctl: pods [created, finishedAt]');
    h.eq(h.sec(h.hasCond(h.job('fl'), 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 59, 'fl: Failed');
    h.eq(h.sec(h.hasCond(h.job('ctl'), 'Failed', 'BackoffLimitExceeded').lastTransitionTime), 58, 'ctl: Failed');
    h.eq(h.job('fl').metadata.labels?.touched, 'yes', 'fl: the label patch applied');
  },
};
