// "0/N" counts the nodes of the scheduler's snapshot: a Node deleted before the attempt is not in it, in
// either sentence.
export default {
  id: 'schedmsg/deleted-node-not-counted',
  source: 'schedule_one.go schedulePod/findNodesThatFitPod (NumAllNodes: len(allNodes) of the snapshot); preemption.go Preempt (NumAllNodes: len(allNodes)); internal/cache deleteNode on the Node delete event',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  faults:
  - { at: 10s, deleteNode: w-3 }
  timeline:
  - { at: 30s, create: { apiVersion: batch/v1, kind: Job, metadata: { name: want }, spec: { template: { spec: { restartPolicy: Never, containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }] } } } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: hog }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: 1h } }
    spec:
      affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: kubernetes.io/hostname, operator: In, values: [w-1, w-2] }] }] } } }
      topologySpreadConstraints: [{ maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { batch.kubernetes.io/job-name: hog } } }]
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 1500m } } }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    h.eq(h.podsOf('hog').map((p) => p.spec.nodeName).sort(), ['w-1', 'w-2'], 'hogs one per node');
    const p = h.podsOf('want')[0];
    const msg = '0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.';
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[30, msg]], 'FailedScheduling');
  },
};
