// A pod bound by spec.nodeName to a node too small: the kubelet's rejectPod records Warning OutOfcpu on
// the Pod itself (recorder.Eventf(pod, ...): no fieldPath, apiVersion v1), message
// "Node didn't have enough resource: cpu, requested: 2000, used: 0, capacity: 1000", host a-1.
export default {
  id: 'eventfields/ef22-kubelet-reject-pod-ref',
  source: 'pkg/kubelet/kubelet.go rejectPod (kl.recorder.Eventf(pod, v1.EventTypeWarning, reason, message)); pkg/kubelet/lifecycle/predicate.go (InsufficientResourceError "Node didn\'t have enough resource: %s, requested: %d, used: %d, capacity: %d")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rej}
spec:
  duration: 5s
  cluster:
    nodePools:
      - {name: a, count: 1, capacity: {cpu: "1", memory: 4Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: up}
spec:
  backoffLimit: 0
  template:
    spec:
      nodeName: a-1
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const pod = h.podsOf('up')[0];
    const e = r.events.filter((x) => x.source.component === 'kubelet');
    h.eq(e.map((x) => [h.sec(x.firstTimestamp), x.type, x.reason, x.message, x.involvedObject.uid, x.involvedObject.fieldPath ?? null, x.source.host]),
      [[0, 'Warning', 'OutOfcpu', "Node didn't have enough resource: cpu, requested: 2000, used: 0, capacity: 1000", pod.metadata.uid, null, 'a-1']], 'kubelet rejection event');
    h.eq([e[0].reportingComponent, e[0].reportingInstance], ['kubelet', 'a-1'], 'reporting fields');
  },
};
