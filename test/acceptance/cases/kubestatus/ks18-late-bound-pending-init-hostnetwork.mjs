// Pod b (hostNetwork, an init container, 1 cpu) waits unschedulable until a finishes at 15s, then is bound and
// admitted while its images are pulled (10s); at 20s, still Pending: the scheduler's PodScheduled (now True, 15s)
// is moved after the kubelet's own four conditions (generateAPIPodStatus order, kept by $setElementOrder);
// Initialized False ContainersNotInitialized [setup]; PodReadyToStartContainers False (1.33-1.35: the status was
// written before the first runtime SyncPod, still pulling, created the sandbox); startTime 15s (admission, not creation); the hostNetwork
// pod already has its node's IP as podIP/podIPs, as well as hostIP.
export default {
  id: 'kubestatus/late-bound-pending-init-hostnetwork',
  source: 'pkg/kubelet/kubelet_pods.go generateAPIPodStatus (Kubelet-owned conditions in order, PodScheduled appended; HostNetwork pods inherit hostIPs as PodIPs on every status); status_manager.go updateStatusInternal (StartTime), mergePodStatus; status/generate.go GeneratePodInitializedCondition, GeneratePodReadyToStartContainersCondition; kubelet.go SyncPod (SetPodStatus before containerRuntime.SyncPod)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 20s
  latencies: { imagePull: 10s }
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "5s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: b }
spec:
  template:
    spec:
      hostNetwork: true
      initContainers: [{ name: setup, image: busybox:1.36 }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('b')[0];
    h.eq([p.status.phase, h.sec(p.metadata.creationTimestamp), h.sec(p.status.startTime)], ['Pending', 0, 15], '[phase, created, startTime]');
    h.eq(p.status.conditions.map((c) => [c.type, c.status, c.reason ?? null, h.sec(c.lastTransitionTime)]), [
      ['PodReadyToStartContainers', 'False', null, 15],
      ['Initialized', 'False', 'ContainersNotInitialized', 15],
      ['Ready', 'False', 'ContainersNotReady', 15],
      ['ContainersReady', 'False', 'ContainersNotReady', 15],
      ['PodScheduled', 'True', null, 15],
    ], 'conditions in kubelet order');
    const ip = p.status.hostIP;
    h.assert(typeof ip === 'string' && ip.length > 0, 'hostIP set');
    h.eq([p.status.podIP, p.status.podIPs, p.status.hostIPs], [ip, [{ ip }], [{ ip }]], 'host network IPs');
    h.eq(p.status.containerStatuses[0].state, { waiting: { reason: 'PodInitializing' } }, 'c waits for the init container');
  },
};
