// A request of 0 of an extended resource is skipped by fitsRequest: the pod fits a node that
// offers none of it.
export default {
  id: 'sched3/ext-zero-request-fits',
  source: 'noderesources/fit_test.go TestEnoughRequests ("skip checking extended resource request with quantity zero via resource groups" rows); fit.go fitsRequest ("Skip in case request of extended resource is 0")',
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
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 100m }, limits: { nvidia.com/gpu: 0 } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j')[0].spec.nodeName, 'w-1', 'bound');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no failure');
  },
};
