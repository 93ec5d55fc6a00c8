// A pod without requests is only checked against the pod count: it lands on a node whose cpu and
// memory are fully requested.
export default {
  id: 'scheduling/fit-besteffort-on-full-node',
  source: 'noderesources/fit.go fitsRequest (returns after the pods check when MilliCPU, Memory, EphemeralStorage and scalar requests are all 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
  timeline:
  - at: 5s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: be }
      spec:
        template:
          spec:
            containers: [{ name: c, image: busybox:1.36 }]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: full }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2", memory: 4Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('be')[0];
    h.eq(p.spec.nodeName, 'w-1', 'bound to the full node');
    h.eq(h.events({ reason: 'FailedScheduling' }).length, 0, 'no FailedScheduling');
    h.eq(h.sec(h.events({ reason: 'Scheduled', name: p.metadata.name })[0].firstTimestamp), 5, 'Scheduled at +5s');
    h.hasCond(h.job('be'), 'Complete');
  },
};
