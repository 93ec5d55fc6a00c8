// A pod that never fits keeps PodScheduled=False, reason Unschedulable, message = the FitError.
export default {
  id: 'cluster/sched-pod-scheduled-false',
  source: 'schedule_one.go handleSchedulingFailure (PodScheduled False, reason Unschedulable, message err.Error()); types.go FitError.Error',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: huge }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "3", memory: 8Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('huge')[0];
    h.eq(p.status.phase, 'Pending', 'phase');
    h.eq(p.spec.nodeName, undefined, 'not bound');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c.status, c.reason], ['False', 'Unschedulable'], 'PodScheduled');
    h.eq(c.message, '0/2 nodes are available: 2 Insufficient cpu, 2 Insufficient memory. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.', 'message');
    h.eq(h.job('huge').status.active, 1, 'Job active counts the Pending pod');
    h.eq(r.metrics.pods.pendingPeak, 1, 'pendingPeak');
  },
};
