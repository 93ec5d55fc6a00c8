// A pod whose containers finish before its activeDeadlineSeconds is not touched: Succeeded, no
// DeadlineExceeded event, no status.reason.
export default {
  id: 'kubelet/pod-ads-not-reached',
  source: 'pkg/kubelet/active_deadline.go pastActiveDeadline (only when now - startTime >= deadline)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "30s" } }
    spec:
      activeDeadlineSeconds: 600
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([p.status.phase, p.status.reason ?? null], ['Succeeded', null], 'pod');
    h.eq(h.events({ reason: 'DeadlineExceeded' }).length, 0, 'no DeadlineExceeded event');
    h.hasCond(h.job('j'), 'Complete');
  },
};
