// Pods without requests are scored as 100m cpu / 200Mi (non-zero defaults), so they spread instead
// of piling up; BalancedAllocation skips best-effort pods.
export default {
  id: 'scheduling/score-besteffort-nonzero',
  source: 'scheduler/util DefaultMilliCPURequest 100, DefaultMemoryRequest 200Mi; resource_allocation.go calculatePodResourceRequest (NonMissingContainerRequests); framework/types.go NodeInfo.NonZeroRequested; balanced_allocation.go PreScore (Skip for best-effort)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: be }
spec:
  completions: 6
  parallelism: 6
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const n = {};
    for (const p of h.podsOf('be')) n[p.spec.nodeName] = (n[p.spec.nodeName] ?? 0) + 1;
    h.eq([n['w-1'], n['w-2']], [3, 3], 'three per node');
  },
};
