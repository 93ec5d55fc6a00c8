// TaintManagerEviction: the taint-eviction controller builds the reference by hand
// (APIVersion "v1", Kind "Pod", Name, Namespace): no resourceVersion, no fieldPath;
// source taint-eviction-controller, reportingComponent the same, reportingInstance "". (The uid that
// jobsim adds is a listed known difference and is not checked.)
export default {
  id: 'eventfields/ef16-taint-eviction-ref',
  source: 'pkg/controller/tainteviction/taint_eviction.go deletePodHandler / emitPodDeletionEvent (ref := &v1.ObjectReference{APIVersion: "v1", Kind: "Pod", Name, Namespace}); client-go record generateEvent',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: nd}
spec:
  duration: 8m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j, namespace: batch }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const e = h.events({ reason: 'TaintManagerEviction' });
    h.eq(e.length, 1, 'one TaintManagerEviction');
    const o = e[0].involvedObject;
    h.eq([o.apiVersion, o.kind, o.namespace, o.resourceVersion ?? null, o.fieldPath ?? null], ['v1', 'Pod', 'batch', null, null], 'hand-built pod ref');
    h.eq([e[0].source, e[0].reportingComponent, e[0].reportingInstance, e[0].eventTime], [{ component: 'taint-eviction-controller' }, 'taint-eviction-controller', '', null], 'source and reporting fields');
  },
};
