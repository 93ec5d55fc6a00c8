// The default cluster (3 nodes, pods 110): 400 best-effort pods, 330 run (110 per node), 70 wait.
export default {
  id: 'scale/pods-capacity-default-cluster',
  source: 'CONTRACT.md §2 default cluster (3 nodes, pods 110); noderesources/fit.go Too many pods',
  args: ['--duration', '20s'],
  timeoutMs: 120000,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: many }
spec:
  completions: 400
  parallelism: 400
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const per = {};
    for (const p of h.podsOf('many')) per[p.spec.nodeName ?? '-'] = (per[p.spec.nodeName ?? '-'] ?? 0) + 1;
    h.eq(per, { 'node-1': 110, 'node-2': 110, 'node-3': 110, '-': 70 }, 'pods per node');
    h.eq([h.job('many').status.active, h.job('many').status.ready], [400, 330], 'active, ready');
    h.eq(r.metrics.pods.pendingPeak, 70, 'pendingPeak');
    h.eq(new Set(h.events({ reason: 'FailedScheduling' }).map((e) => e.message)).size, 1, 'one FailedScheduling message');
  },
};
