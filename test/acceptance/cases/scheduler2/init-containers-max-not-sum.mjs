// Init containers run one at a time: the pod request is the largest init container (1 cpu), not the
// sum of the init containers (2 cpu); it fits on a 1500m node.
export default {
  id: 'scheduler2/init-containers-max-not-sum',
  source: 'component-helpers/resource/helpers.go PodRequests (maxResourceList over init containers, non-sidecar); noderesources/fit.go computePodResourceRequest',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: 1500m, memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      initContainers:
      - { name: i1, image: busybox:1.36, resources: { requests: { cpu: "1" } } }
      - { name: i2, image: busybox:1.36, resources: { requests: { cpu: "1" } } }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 100m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.nodeName, 'w-1', 'bound');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
    h.hasCond(h.job('j'), 'Complete');
  },
};
