// Taints and Tolerations, "Taint based Evictions": "pods that tolerate the taint without specifying
// tolerationSeconds in their toleration specification remain bound forever", while the automatic 300s tolerations
// are added "unless you, or a controller, set those tolerations explicitly". Both pods run on w-1 (the other node
// stays up, so the zone is not fully disrupted and the node controller does taint). stateful tolerates
// node.kubernetes.io/unreachable:NoExecute with no seconds, so DefaultTolerationSeconds adds only the not-ready one;
// plain gets both defaults. w-1 is down from 1m to 21m: NotReady at 110s, unreachable NoExecute taint at 115s; plain
// is evicted 300s later (415s, DeletionByTaintManager), stateful is never evicted and is Ready again after 21m.
export default {
  id: 'podlife/pl10-taints-doc-unreachable-tolerated-forever',
  source: 'website content/en/docs/concepts/scheduling-eviction/taint-and-toleration.md "Taint based Evictions" (remain bound forever; automatically-added tolerations unless set explicitly); plugin/pkg/admission/defaulttolerationseconds/admission.go; tainteviction/taint_eviction.go getMinTolerationTime (no seconds -> -1, never), processPodOnNode; nodelifecycle MarkPodsNotReady',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: forever}
spec:
  duration: 30m
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  faults:
  - {at: 1m, nodeDown: w-1, for: 20m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: stateful}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      tolerations:
      - key: "node.kubernetes.io/unreachable"
        operator: "Exists"
        effect: "NoExecute"
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: plain}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('stateful');
    h.eq(pods.length, 1, 'never replaced');
    const p = pods[0];
    h.eq(p.spec.tolerations, [
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute' },
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ], 'only the not-ready default added');
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Pod', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.type, e.message]), [[110, 'Warning', 'Node is not ready']], 'marked not ready');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name]), [[415, h.podsOf('plain')[0].metadata.name]], 'only plain is evicted, 300s after the NoExecute taint');
    h.hasCond(h.podsOf('plain')[0], 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq([p.metadata.deletionTimestamp, h.anyCond(p, 'DisruptionTarget')], [undefined, undefined], 'stateful never evicted');
    h.eq([p.status.phase, h.sec(p.status.containerStatuses[0].state.running?.startedAt)], ['Running', 0], 'still its first run');
    const ready = h.anyCond(p, 'Ready');
    h.eq(ready.status, 'True', 'Ready again when the node is back');
    h.near(h.sec(ready.lastTransitionTime), 1265, 5, 'Ready True written by the returning kubelet (its status sync runs every 10s)');
  },
};
