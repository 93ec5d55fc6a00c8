// tolerationSeconds 3600 on unreachable: the pod is evicted exactly 3600s after the NoExecute taint
// (NodeNotReady + 5s) and replaced 1s later (its failure time, the Ready=False transition, is long past
// the 10s back-off). The other toleration added by the admission (not-ready, 300s) plays no part.
export default {
  id: 'nodelife2/long-toleration-exact',
  source: 'taint_eviction_test.go TestCreatePod "tolerated pod with delay" / TestUpdateNode rows; taint_eviction.go getMinTolerationTime, processPodOnNode (triggerTime = now + minTolerationTime); backoff_utils.go getFinishTimeFromPodReadyFalseCondition',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl2 }
spec:
  duration: 2h
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "3h" } }
    spec:
      affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, preference: { matchExpressions: [{ key: kubernetes.io/hostname, operator: In, values: [w-1] }] } }] } }
      tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 3600 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node' })[0].firstTimestamp);
    const [a, b] = h.podsOf('j');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[u + 3605, 'Marking for deletion Pod default/' + a.metadata.name]], 'eviction');
    h.eq(h.sec(a.metadata.deletionTimestamp), u + 3635, 'deletionTimestamp');
    h.eq([b.spec.nodeName, h.sec(b.metadata.creationTimestamp)], ['w-2', u + 3606], 'replacement');
  },
};
