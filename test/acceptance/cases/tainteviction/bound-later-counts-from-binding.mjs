// tolerationSeconds is counted from when the taint manager sees the pod on the tainted node (processPodOnNode with
// now), not from the taint's timeAdded: a Job created at +2m on a node tainted since the start is evicted at
// bind + 60s = +3m; the kubelet kills it (143) and, backoffLimit 0, the Job fails one sync later.
export default {
  id: 'tainteviction/bound-later-counts-from-binding',
  source: 'taint_eviction.go PodUpdated (nodeName changed) -> handlePodUpdate -> processPodOnNode(now): triggerTime = now + minTolerationTime',
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
  timeline:
  - at: 2m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: late }
      spec:
        backoffLimit: 0
        template:
          metadata: { annotations: { jobsim/duration: "1h" } }
          spec:
            tolerations: [{ key: dedicated, operator: Exists, effect: NoExecute, tolerationSeconds: 60 }]
            containers: [{ name: c, image: busybox:1.36 }]
            restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('late')[0];
    const ev = h.events({ reason: 'TaintManagerEviction', name: p.metadata.name });
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.message]), [[180, `Marking for deletion Pod default/${p.metadata.name}`]], 'evicted 60s after binding at +2m');
    h.eq(h.sec(h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager').lastTransitionTime), 180, 'condition');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, h.sec(t.finishedAt), p.status.phase], [143, 180, 'Failed'], 'killed by its kubelet');
    const f = h.hasCond(h.job('late'), 'Failed', 'BackoffLimitExceeded');
    h.eq(h.sec(f.lastTransitionTime), 181, 'Job failed');
  },
};
