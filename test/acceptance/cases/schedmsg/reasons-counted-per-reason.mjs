// The histogram counts reasons, not nodes: NodeResourcesFit keeps every insufficient resource of a node, so
// three nodes (cpu and memory short; memory short; cpu short) give "2 Insufficient cpu, 2 Insufficient memory"
// out of 0/3, while the preemption sentence counts one status per node.
export default {
  id: 'schedmsg/reasons-counted-per-reason',
  source: 'noderesources/fit.go Filter ("We will keep all failure reasons": one status with every InsufficientResource.Reason); types.go FitError.Error (reasons[reason]++ for each of status.Reasons()); preemption.go Preempt (FitError over DryRunPreemption\'s one status per node)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
  timeline:
  - { at: 10s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: want }, spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1", memory: 2Gi } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: both }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 1500m, memory: 3Gi } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: mem }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-2 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 500m, memory: 3Gi } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: cpu }
spec:
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-3 }
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 1500m, memory: 1Gi } } }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('want')[0];
    const msg = '0/3 nodes are available: 2 Insufficient cpu, 2 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.';
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[10, msg]], 'FailedScheduling');
    h.eq(N(h.anyCond(p, 'PodScheduled')?.message), msg, 'PodScheduled message');
  },
};
