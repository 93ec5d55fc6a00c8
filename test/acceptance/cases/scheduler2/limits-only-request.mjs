// A container with only a cpu limit gets that limit as its cpu request (API server defaulting of
// Pods, not templates); the scheduler then counts 2 cpu and the pod does not fit on a 1-cpu node.
// The memory request given explicitly is kept.
export default {
  id: 'scheduler2/limits-only-request',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_Pod (requests defaulted from limits for each missing resource); noderesources/fit.go fitsRequest ("Insufficient cpu")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: lim }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { memory: 1Gi }, limits: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('lim')[0];
    h.eq(p.spec.containers[0].resources.requests.cpu, '2', 'cpu request defaulted from the limit');
    h.eq(p.spec.containers[0].resources.requests.memory, '1Gi', 'memory request kept');
    h.eq(h.job('lim').spec.template.spec.containers[0].resources.requests.cpu, undefined, 'template untouched');
    h.eq(p.spec.nodeName, undefined, 'not bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => e.message), ['0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.'], 'message');
  },
};
