// Job concept page, "Job termination and cleanup": "both the Job spec and the Pod template spec have an
// activeDeadlineSeconds field. Ensure that you set this field at the proper level." At the pod level it limits each
// pod: the kubelet fails it (reason DeadlineExceeded, Normal event "Pod was active on the node longer than the
// specified deadline") and the Job treats it as any failed pod: replaced after 10s, and with backoffLimit 1 the
// second such failure fails the Job with BackoffLimitExceeded (not DeadlineExceeded) at 21s.
export default {
  id: 'jobdocs/j08-pod-level-deadline-is-per-pod',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#job-termination-and-cleanup; pkg/kubelet/active_deadline.go (reason DeadlineExceeded); job_controller.go syncJob (failed > backoffLimit)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: podads
spec:
  backoffLimit: 1
  template:
    metadata:
      annotations:
        jobsim/duration: "20s"
    spec:
      activeDeadlineSeconds: 5
      containers:
      - name: c
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('podads');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.status.reason]), [[0, 'Failed', 'DeadlineExceeded'], [15, 'Failed', 'DeadlineExceeded']], 'pods');
    h.eq(h.events({ kind: 'Pod', reason: 'DeadlineExceeded' }).map((e) => [e.type, e.message, h.sec(e.firstTimestamp)]), [
      ['Normal', 'Pod was active on the node longer than the specified deadline', 5],
      ['Normal', 'Pod was active on the node longer than the specified deadline', 20]], 'kubelet events');
    const job = h.job('podads');
    h.hasCond(job, 'Failed', 'BackoffLimitExceeded');
    h.eq([h.sec(h.cond(job, 'Failed').lastTransitionTime), job.status.failed], [21, 2], 'failed');
  },
};
