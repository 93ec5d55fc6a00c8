// A pod-level request (PodLevelResources, beta and on in 1.34-1.35) replaces the containers'
// aggregate for the scheduler: spec.resources.requests.cpu 3 with a 1-cpu container does not fit
// a 2-cpu node.
export default {
  id: 'sched3/podlevel-request-exceeds',
  source: 'noderesources/fit_test.go TestEnoughRequests (pod-level resources rows); component-helpers resource/helpers.go PodRequests (IsPodLevelRequestsSet: pod-level requests replace the aggregate); fit.go computePodResourceRequest',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      resources: { requests: { cpu: "3", memory: 1Gi } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.nodeName, undefined, 'never bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), ['0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.'], 'message');
  },
};
