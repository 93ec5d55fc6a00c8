// A pod too big for every node: the FailedScheduling message ends with one period after the preemption
// sentence (1.30+): "0/3 nodes are available: 3 Insufficient cpu. no new claims to deallocate,
// preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling." (jobsim wrote "..";
// the pod asks more than each node's allocatable, so since 1.34 no node is a preemption candidate, and
// DynamicResources' PostFilter answers before DefaultPreemption's).
export default {
  id: 'events/ev25-failedscheduling-period',
  source: 'pkg/scheduler/framework/types.go FitError.Error (postFilterMsg appended with " %v"); preemption.go Preempt (FitError for the candidates: "0/%v nodes are available: %v."); default_preemption.go PostFilter ("preemption: " + msg); kubernetes/kubernetes#123302',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: big}
spec:
  duration: 1m
---
apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "8"}}}]
`,
  check(r, h) {
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.length, 1, 'one event (README: once per distinct message)');
    h.eq(fs[0].message, '0/3 nodes are available: 3 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.', 'message');
  },
};
