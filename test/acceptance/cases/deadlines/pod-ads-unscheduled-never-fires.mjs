// A pod's own activeDeadlineSeconds is enforced only by the kubelet of the node it runs on, from status.startTime (set when
// that kubelet admits it). A pod that never schedules has no startTime and no kubelet: it stays Pending, with no reason, no
// DeadlineExceeded event, long after the 5s; the Job (no Job-level deadline) has no condition and keeps it active.
export default {
  id: 'deadlines/pod-ads-unscheduled-never-fires',
  source: 'pkg/kubelet/active_deadline.go pastActiveDeadline ("we have no start time so just return"; the handler runs only in the kubelet of the pod\'s node)',
  args: ['--duration', '2m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  template:
    spec:
      activeDeadlineSeconds: 5
      containers:
      - name: c
        image: busybox
        resources: {requests: {cpu: "100"}}
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('big');
    h.eq(pods.length, 1, 'pods');
    h.eq([pods[0].status.phase, pods[0].status.reason ?? null, pods[0].status.startTime ?? null], ['Pending', null, null], 'pod [phase, reason, startTime]');
    h.eq(h.events({ reason: 'DeadlineExceeded' }).length, 0, 'DeadlineExceeded events');
    const job = h.job('big');
    h.eq([job.status.active, (job.status.conditions ?? []).length], [1, 0], '[active, #conditions]');
  },
};
