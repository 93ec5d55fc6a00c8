// CPU, not pod count, bounds the cluster: 3 nodes of 4 CPU, 40 pods of 1 CPU: 12 run at a time; 40 pods of 10s
// take 4 rounds (the last round of 4), the Job finishes when the 4th round's pods are done.
export default {
  id: 'scale/cpu-bound-capacity',
  source: 'noderesources/fit.go Insufficient cpu; scheduler requeue on pod deletion/termination (unschedulable pods moved on AssignedPodDelete/Update)',
  timeoutMs: 120000,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: cpu }
spec:
  completions: 40
  parallelism: 40
  template:
    spec:
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const per = {};
    for (const e of h.events({ reason: 'Scheduled' })) per[h.sec(e.firstTimestamp)] = (per[h.sec(e.firstTimestamp)] ?? 0) + 1;
    h.eq(per, { 0: 12, 10: 12, 20: 12, 30: 4 }, 'bindings per second');
    h.eq(r.metrics.pods.pendingPeak, 28, 'pendingPeak');
    h.eq(h.sec(h.job('cpu').status.completionTime), 41, 'completionTime');
  },
};
