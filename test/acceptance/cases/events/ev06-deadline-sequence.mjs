// activeDeadlineSeconds 30, a 5m pod: at +30s SuccessfulDelete (job-controller) and Killing (kubelet); the
// Warning DeadlineExceeded "Job was active longer than specified deadline" comes with the Failed condition,
// one batched sync (1s) after the pod is gone: +31s. No event at FailureTarget time.
export default {
  id: 'events/ev06-deadline-sequence',
  source: 'job_controller.go syncJob (FailureTarget, deleteActivePods -> RealPodControl.DeletePod "Deleted pod: %v"), recordJobFinished (Warning, reason, message) only when the Failed condition is written; updatePod/deletePod enqueueSyncJobBatched (1s); reference job-controller.md §9, §11',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: dl, namespace: team-a}
spec:
  activeDeadlineSeconds: 30
  template:
    metadata: {annotations: {jobsim/duration: "5m"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const pod = h.podsOf('dl')[0];
    const seq = r.events.filter((e) => h.sec(e.firstTimestamp) > 0).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message, e.involvedObject.kind]);
    h.eq(seq, [
      [30, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, 'Job'],
      [30, 'Normal', 'Killing', 'Stopping container c', 'Pod'],
      [31, 'Warning', 'DeadlineExceeded', 'Job was active longer than specified deadline', 'Job'],
    ], 'events after start');
  },
};
