// A pod that fits no node: the Job is started (startTime), active 1 (pending pods are active), ready 0, no conditions.
export default {
  id: 'jobstatus2/unschedulable-pending-status',
  source: 'pkg/controller/job/job_controller.go syncJob (activePods = pods not terminal and not terminating; ready = countReadyPods)',
  args: ['--duration', '2m'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: u}
spec:
  template:
    spec:
      containers: [{name: c, image: "busybox:1.36", resources: {requests: {cpu: "64"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const sorted = (m) => Object.fromEntries(Object.keys(m ?? {}).sort().map((k) => [k, m[k]]));
    h.eq(sorted(h.job('u').status), sorted({ active: 1, ready: 0, terminating: 0, startTime: '2026-01-01T00:00:00Z', uncountedTerminatedPods: {} }), 'status');
    h.eq(h.podsOf('u').map((p) => p.status.phase), ['Pending'], 'pod phase');
  },
};
