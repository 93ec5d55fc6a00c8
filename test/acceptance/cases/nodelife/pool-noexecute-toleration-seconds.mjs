// A pool NoExecute taint tolerated for 30s: the taint manager plans the eviction when the pod is bound
// (PodUpdated: nodeName changed) and fires 30s later on a healthy node: the kubelet kills the container
// (143) and the pod ends Failed; with backoffLimit 0 the Job fails.
export default {
  id: 'nodelife/pool-noexecute-toleration-seconds',
  source: 'taint_eviction.go PodUpdated/handlePodUpdate/processPodOnNode (triggerTime = now + tolerationSeconds); addConditionAndDeletePod; taint_eviction_test.go TestCreatePod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 10m
  cluster:
    nodePools:
    - name: w
      count: 1
      capacity: { cpu: "4", memory: 4Gi, pods: 110 }
      taints: [{ key: dedicated, value: batch, effect: NoExecute }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      tolerations: [{ key: dedicated, operator: Equal, value: batch, effect: NoExecute, tolerationSeconds: 30 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const ev = h.events({ reason: 'TaintManagerEviction', name: p.metadata.name });
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, `Marking for deletion Pod default/${p.metadata.name}`]], 'eviction 30s after binding');
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq(h.sec(dt.lastTransitionTime), 30, 'DisruptionTarget time');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [60, 30], 'graceful deletion');
    h.eq(p.status.phase, 'Failed', 'phase');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt)], [143, 30], 'killed at the eviction');
    h.hasCond(h.job('j'), 'Failed', 'BackoffLimitExceeded');
    h.eq(h.podsOf('j').length, 1, 'no replacement');
  },
};
