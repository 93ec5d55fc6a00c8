// An untolerated NoSchedule taint: "node(s) had untolerated taint(s)".
export default {
  id: 'cluster/sched-taint-message',
  source: 'tainttoleration/taint_toleration.go Filter (errReason "node(s) had untolerated taint(s)", UnschedulableAndUnresolvable); types.go FitError.Error',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 5m
  cluster:
    nodePools:
    - name: gpu
      count: 2
      capacity: { cpu: "2", memory: 4Gi, pods: 110 }
      taints: [{ key: nvidia.com/gpu, value: "true", effect: NoSchedule }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: t }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs[0].message, '0/2 nodes are available: 2 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.', 'message');
  },
};
