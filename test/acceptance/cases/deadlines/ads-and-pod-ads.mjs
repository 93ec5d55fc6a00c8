// A pod-level deadline (20s) and a Job-level one (45s): pod 1 is failed by its kubelet at 20s (Normal DeadlineExceeded from the
// kubelet), counted at 21s, and replaced after the 10s pod-recreation back-off from its finish (30s). Pod 2 would hit its own
// deadline at 50s, but the Job's deadline fires first at 45s: FailureTarget DeadlineExceeded, pod 2 deleted and counted failed
// (failed 2), Failed at 46s with the Warning DeadlineExceeded from the job-controller.
export default {
  id: 'deadlines/ads-and-pod-ads',
  source: 'pkg/kubelet/active_deadline.go (Normal DeadlineExceeded); pkg/controller/job/job_controller.go syncJob pastActiveDeadline, backoff_utils.go getRemainingTime (10s after the first failure); reference job-controller §3.3, §9, §11',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: two}
spec:
  activeDeadlineSeconds: 45
  template:
    metadata:
      annotations: {jobsim/duration: "1m"}
    spec:
      activeDeadlineSeconds: 20
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('two');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.status.reason ?? null]), [
      [0, 'Failed', 'DeadlineExceeded'], [30, 'Failed', null]], 'pods [created, phase, reason]');
    const job = h.job('two');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 45], ['Failed', 'DeadlineExceeded', 46]], 'conditions');
    h.eq(job.status.failed, 2, 'failed');
    h.eq(h.events({ reason: 'DeadlineExceeded' }).map((e) => [e.type, e.involvedObject.kind, e.source.component, h.sec(e.firstTimestamp)]), [
      ['Normal', 'Pod', 'kubelet', 20], ['Warning', 'Job', 'job-controller', 46]], 'DeadlineExceeded events');
  },
};
