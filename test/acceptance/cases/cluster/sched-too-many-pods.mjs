// Node pods capacity: "Too many pods".
export default {
  id: 'cluster/sched-too-many-pods',
  source: 'noderesources/fit.go fitsRequest (len(pods)+1 > allowedPodNumber: "Too many pods")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "8", memory: 16Gi, pods: 2 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: many }
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
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.length, 1, 'one FailedScheduling');
    h.eq(fs[0].message, '0/1 nodes are available: 1 Too many pods. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.', 'message');
    h.eq(h.sec(h.events({ reason: 'Scheduled', name: fs[0].involvedObject.name })[0].firstTimestamp), 30, 'bound at +30s');
  },
};
