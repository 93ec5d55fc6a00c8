// A pod larger than every node in cpu and memory: each node contributes both reasons, cpu before
// memory in the histogram (sorted strings).
export default {
  id: 'scheduler2/cpu-and-memory-both-short',
  source: 'noderesources/fit.go fitsRequest (cpu, memory each appended); framework/types.go FitError.Error (histogram, sort.Strings)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
---
apiVersion: batch/v1
kind: Job
metadata: { name: huge }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "8", memory: 32Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('huge')[0];
    h.eq(p.spec.nodeName, undefined, 'not bound');
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c.status, c.reason, c.message], ['False', 'Unschedulable', '0/3 nodes are available: 3 Insufficient cpu, 3 Insufficient memory. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.'], 'PodScheduled');
  },
};
