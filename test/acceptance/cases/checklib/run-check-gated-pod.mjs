// --check: a pod with scheduling gates is not schedulable until its gates are removed (KEP-3521;
// the scheduler keeps it SchedulingGated), so `pending-scheduled-when-fitting` ("a pending pod that
// fits a node is scheduled within the maximum scheduler back-off") must not fire for it: a healthy
// run exits 0 with --check.
export default {
  id: 'checklib/run-check-gated-pod',
  source: 'README Invariants (pending-scheduled-when-fitting) and What is simulated (scheduling gates); pkg/scheduler/framework/plugins/schedulinggates (PreEnqueue)',
  args: ['--duration', '2m', '--check'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: g}
spec:
  template:
    spec:
      schedulingGates: [{name: example.com/wait}]
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('g');
    h.eq(p.length, 1, 'one pod');
    h.eq(p[0].status.conditions?.find((c) => c.type === 'PodScheduled')?.reason, 'SchedulingGated', 'gated');
  },
};
