// Pod Lifecycle, "Pod lifetime": "if Kubernetes isn't able to start the Pod on the selected node (for example, if the
// node crashes before the Pod starts), then that particular Pod never starts", and "a given Pod is never rescheduled
// to a different node; instead, that Pod can be replaced". j's pod is bound to w-1 and pulling (60s) when w-1 dies at
// 10s: it stays Pending (ContainerCreating), is marked for deletion by the taint-eviction controller 300s after the
// unreachable taint (DisruptionTarget DeletionByTaintManager at 365s, deletionTimestamp +30s) and stays Terminating on
// the dead node. The Job counts it failed and creates a replacement (a new uid) at 366s, which its nodeSelector keeps
// off w-2 and the taints off w-1. k, on the healthy w-2, started at 60s as usual.
export default {
  id: 'podlife/pl14-node-dies-before-pod-starts',
  source: 'website content/en/docs/concepts/workloads/pods/pod-lifecycle.md "Pod lifetime" (never starts; never rescheduled, replaced) and "Pods and fault recovery"; tainteviction/taint_eviction.go (DeletionByTaintManager after the 300s default toleration); job_controller.go isPodFailed (deleted non-succeeded pod counts failed), getFinishedTime (Ready=False time) for the back-off',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: crash}
spec:
  duration: 10m
  latencies: {imagePull: 60s}
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 10s, nodeDown: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: k}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1500m"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const [first, second] = h.podsOf('j');
    h.eq([first.spec.nodeName, first.status.phase, first.status.containerStatuses[0].state], ['w-1', 'Pending', { waiting: { reason: 'ContainerCreating' } }], 'first pod never started');
    h.eq(h.events({ kind: 'Pod', reason: 'Started' }).map((e) => e.involvedObject.name), [h.podsOf('k')[0].metadata.name], 'only k started');
    const dt = h.hasCond(first, 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq([h.sec(dt.lastTransitionTime), h.sec(first.metadata.deletionTimestamp)], [365, 395], 'taint eviction');
    h.assert(second && second.metadata.uid !== first.metadata.uid, 'a replacement pod with a new uid');
    h.eq([h.sec(second.metadata.creationTimestamp), second.spec.nodeName, second.status.phase], [366, undefined, 'Pending'], 'replacement not placed');
    h.eq(h.job('j').status.failed, 1, 'first pod counted failed');
    h.eq(h.sec(h.podsOf('k')[0].status.containerStatuses[0].state.running.startedAt), 60, 'k started after its pull');
  },
};
