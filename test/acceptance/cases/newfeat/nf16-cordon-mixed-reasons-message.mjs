// Two nodes: w-1 cordoned, w-2 too small. The FailedScheduling message counts each reason (sorted) and the
// preemption postfilter's verdicts: the cordoned node UnschedulableAndUnresolvable ("Preemption is not helpful"),
// the small one with no lower-priority victims.
export default {
  id: 'newfeat/nf16-cordon-mixed-reasons-message',
  source: 'pkg/scheduler/framework/types.go FitError.Error (reasons sorted, counted); nodeunschedulable Filter (UnschedulableAndUnresolvable); defaultpreemption (No preemption victims found for incoming pod)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 2m
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 0s, cordonNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox, resources: {requests: {cpu: "3"}}}]
`,
  check(r, h) {
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs[0].message, '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) were unschedulable. preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.', 'message');
    h.eq(h.podsOf('big')[0].status.phase, 'Pending', 'pending');
  },
};
