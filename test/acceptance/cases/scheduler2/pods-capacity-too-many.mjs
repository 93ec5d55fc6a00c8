// allocatable pods 2: the third pod (no requests) gets "Too many pods"; preemption finds no victim of
// lower priority.
export default {
  id: 'scheduler2/pods-capacity-too-many',
  source: 'noderesources/fit.go fitsRequest (len(nodeInfo.Pods)+1 > allowedPodNumber: "Too many pods"); preemption SelectVictimsOnNode',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 2 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 3
  parallelism: 3
  template:
    metadata: { annotations: { jobsim/duration: "30s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.map((e) => [h.sec(e.firstTimestamp), e.message]), [[0, '0/1 nodes are available: 1 Too many pods. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.']], 'one FailedScheduling');
    const third = pods.find((p) => p.metadata.name === fs[0].involvedObject.name);
    h.eq(h.events({ reason: 'Scheduled', name: third.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [30], 'bound when the first two finish at +30s');
  },
};
