// MarkPodsNotReady records Warning NodeNotReady "Node is not ready" with recorder.Event(pod, ...): a full
// GetReference of the pod (apiVersion v1, kind Pod, namespace, name, uid, resourceVersion), no
// fieldPath; reportingComponent node-controller.
export default {
  id: 'eventfields/ef15-pod-nodenotready-ref',
  source: 'pkg/controller/util/node/controller_utils.go MarkPodsNotReady (recorder.Event(pod, Warning, "NodeNotReady", "Node is not ready")); client-go tools/reference GetReference',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nd}
spec:
  duration: 3m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j, namespace: b }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pod = h.podsOf('j')[0];
    const e = h.events({ reason: 'NodeNotReady', kind: 'Pod' });
    h.eq(e.length, 1, 'one pod NodeNotReady');
    const o = e[0].involvedObject;
    h.eq([e[0].type, e[0].message, o.apiVersion, o.namespace, o.name, o.uid, o.fieldPath ?? null], ['Warning', 'Node is not ready', 'v1', 'b', pod.metadata.name, pod.metadata.uid, null], 'pod ref');
    h.assert(typeof o.resourceVersion === 'string' && /^\d+$/.test(o.resourceVersion), `involvedObject.resourceVersion present, got ${JSON.stringify(o.resourceVersion)}`);
    h.eq([e[0].reportingComponent, e[0].reportingInstance], ['node-controller', ''], 'reporting fields');
  },
};
