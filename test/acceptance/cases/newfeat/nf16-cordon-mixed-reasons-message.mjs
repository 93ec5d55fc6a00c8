// Two nodes: w-1 cordoned, w-2 too small. The FailedScheduling message counts each reason (sorted) and the
// preemption postfilter's verdicts: the cordoned node UnschedulableAndUnresolvable ("Preemption is not helpful"),
// and so is the small one since 1.34, the pod asking more cpu than its whole allocatable (kubernetes#131345).
export default {
  id: 'newfeat/nf16-cordon-mixed-reasons-message',
  source: 'pkg/scheduler/framework/types.go FitError.Error (reasons sorted, counted); nodeunschedulable Filter (UnschedulableAndUnresolvable); noderesources/fit.go fitsRequest (Unresolvable: request > allocatable); preemption.go Preempt (Preemption is not helpful for scheduling)',
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
    h.eq(fs[0].message, '0/2 nodes are available: 1 Insufficient cpu, 1 node(s) were unschedulable. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.', 'message');
    h.eq(h.podsOf('big')[0].status.phase, 'Pending', 'pending');
  },
};
