// Two pods on w-1 (4-minute outage), tolerating unreachable:NoExecute for 30s and 600s. The first is
// evicted at taint + 30s (its Job replaces it, pending until w-1's taints go); when the taints are removed
// (the pass after the return at 5m) the second pod's planned eviction is cancelled with "Cancelling
// deletion of Pod default/<name>", and the already-evicted pod gets no such event (its work has fired).
export default {
  id: 'nodelife2/two-tolerations-one-evicted-one-cancelled',
  source: 'taint_eviction_test.go TestUpdateNode "Removing taint from node should stop eviction" + TestCreatePod "tolerated pod with delay"; taint_eviction.go handleNodeUpdate (no taints -> cancelWorkWithEvent), timed_workers.go CancelWork (fired work has a nil worker: false, no event)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 4m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: fast }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 30 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: slow }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 600 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node' })[0].firstTimestamp);
    const [f1, f2] = h.podsOf('fast');
    const [s] = h.podsOf('slow');
    const tm = h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]);
    h.eq(tm, [[u + 35, 'Marking for deletion Pod default/' + f1.metadata.name], [305, 'Cancelling deletion of Pod default/' + s.metadata.name]], 'taint manager events');
    h.eq([h.sec(f2.metadata.creationTimestamp), f2.spec.nodeName], [u + 36, 'w-1'], 'replacement');
    h.eq(h.events({ reason: 'Scheduled', name: f2.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [305], 'replacement bound when the taints go');
    h.eq([s.metadata.deletionTimestamp, s.status.phase], [undefined, 'Running'], 'slow pod kept');
  },
};
