// matchFields metadata.name NotIn is not a PreFilter shortcut: it is a plain Filter, so the excluded
// node reports ErrReasonPod.
export default {
  id: 'scheduling/matchfields-notin',
  source: 'node_affinity.go PreFilter (only In on metadata.name narrows nodes) and Filter (ErrReasonPod); nodeaffinity nodeSelectorRequirementsAsFieldSelector',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: avoid }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchFields: [{ key: metadata.name, operator: NotIn, values: [w-1] }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('avoid').filter((p) => p.spec.nodeName).map((p) => p.spec.nodeName), ['w-2'], 'only w-2');
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.map((e) => e.message), ["0/2 nodes are available: 1 Insufficient cpu, 1 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling."], 'message');
  },
};
