// A NoExecute taint tolerated with tolerationSeconds lets the pod schedule (the seconds only bound
// how long it may stay); the taint-eviction controller then evicts it when they run out.
export default {
  id: 'scheduling/toleration-noexecute-seconds',
  source: 'tainttoleration Filter (ToleratesTaint ignores tolerationSeconds); pkg/controller/tainteviction taint_eviction.go (getMinTolerationTime, DeletionByTaintManager)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 5m
  cluster:
    nodePools:
    - name: t
      count: 1
      capacity: { cpu: "2", memory: 4Gi, pods: 110 }
      taints: [{ key: maintenance, value: soon, effect: NoExecute }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      tolerations: [{ key: maintenance, operator: Exists, effect: NoExecute, tolerationSeconds: 60 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.nodeName, 't-1', 'bound to the tainted node');
    h.eq(h.sec(h.events({ reason: 'Scheduled', name: p.metadata.name })[0].firstTimestamp), 0, 'at +0s');
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq(h.sec(dt.lastTransitionTime), 60, 'evicted after its 60 tolerationSeconds');
  },
};
