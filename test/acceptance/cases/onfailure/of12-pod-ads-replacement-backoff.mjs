// A pod-level activeDeadlineSeconds ends a crash loop with a Failed pod (DeadlineExceeded), which the Job counts as
// a failed pod and replaces after the pod-recreation back-off, measured from the pod's finish time. The waiting
// container has no finishedAt, so the finish time is the Ready=False transition (its last exit): pod 1 exits at
// 10s (restart), 20s (back-off), fails at 25s; finish 20s, replacement at 20 + 10 = 30s; pod 2 fails at 55s with
// finish 50s, the third pod at 50 + 20 = 70s. The restarts of Failed pods no longer count.
export default {
  id: 'onfailure/pod-ads-replacement-backoff',
  source: 'backoff_utils.go getFinishedTime (container finishedAt all set? else Ready=False lastTransitionTime), getRemainingTime (10s * 2^(n-1)); kubelet active_deadline.go; status_manager TerminatePod (ContainerStatusUnknown, no finishedAt); job_controller.go pastBackoffLimitOnFailure (Failed pods skipped)',
  args: ['--duration', '75s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 6
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      activeDeadlineSeconds: 25
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 30, 70], 'pod creations');
    h.eq(pods.slice(0, 2).map((p) => [p.status.phase, p.status.reason, p.status.containerStatuses[0].restartCount]), [['Failed', 'DeadlineExceeded', 1], ['Failed', 'DeadlineExceeded', 1]], 'failed pods');
    const ready = pods[0].status.conditions.find((c) => c.type === 'Ready');
    h.eq([ready.status, h.sec(ready.lastTransitionTime)], ['False', 20], 'Ready=False since the last exit');
    const job = h.job('j');
    h.eq([job.status.failed, job.status.active, job.status.conditions ?? []], [2, 1, []], '[failed, active, conditions]');
  },
};
