// Pod a (3 cpu, ignores SIGTERM) is deleted at +60s and keeps its containers until SIGKILL at +90s. Pod b (2 cpu),
// created bound to the same 4-cpu node at +70s, meets a kubelet that still counts a (filterOutInactivePods keeps
// pods whose termination was requested but not finished): OutOfcpu "requested: 2000, used: 3000, capacity: 4000".
export default {
  id: 'kubeevents/adm02-terminating-pod-counted',
  source: 'pkg/kubelet/kubelet_pods.go filterOutInactivePods (terminal pods skipped UNLESS IsPodTerminationRequested; a running terminating pod stays); lifecycle/predicate.go Admit (OutOfcpu); kuberuntime_container.go killContainer (Killing at the deletion)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 10 } }
  timeline:
  - { at: 1m, delete: { kind: Job, name: a } }
  - at: 70s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: b }
      spec:
        backoffLimit: 0
        template:
          spec:
            nodeName: w-1
            containers: [{ name: main, image: app:1, resources: { requests: { cpu: "2" } } }]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h", jobsim/on-sigterm: ignore } }
    spec:
      nodeName: w-1
      containers: [{ name: main, image: app:1, resources: { requests: { cpu: "3" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const a = h.podsOf('a')[0], b = h.podsOf('b')[0];
    h.eq(h.events({ name: a.metadata.name, reason: 'Killing' }).map((e) => h.sec(e.firstTimestamp)), [60], 'a Killing at the deletion');
    h.eq([a.status.containerStatuses[0].state.terminated.exitCode, h.sec(a.status.containerStatuses[0].state.terminated.finishedAt)], [137, 90], 'a SIGKILLed at +90s');
    const msg = "Node didn't have enough resource: cpu, requested: 2000, used: 3000, capacity: 4000";
    h.eq(h.events({ name: b.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [[70, 'OutOfcpu', msg]], 'b rejected');
    h.eq([b.status.phase, b.status.reason], ['Failed', 'OutOfcpu'], 'b status');
  },
};
