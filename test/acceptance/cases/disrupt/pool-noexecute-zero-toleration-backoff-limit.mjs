// The only node carries a pool taint maint:NoExecute that the pods tolerate for 0s. The scheduler's
// TaintToleration filter accepts them (the toleration matches, whatever its seconds); the taint manager,
// seeing the binding, evicts each at once (getMinTolerationTime: <= 0 -> 0; AddWork(now, now)). Each
// eviction is a failure: replacements at 10s and 30s (back-off 10s, 20s from the kill), and with
// backoffLimit 2 the third failure fails the Job at 31s (the pods exit 143 at once, nothing terminating).
export default {
  id: 'disrupt/pool-noexecute-zero-toleration-backoff-limit',
  source: 'tainteviction/taint_eviction.go PodUpdated (nodeName changed) -> handlePodUpdate -> processPodOnNode, getMinTolerationTime (tolerationSeconds <= 0 -> 0); scheduler tainttoleration Filter (NoSchedule+NoExecute tolerated); job_controller.go isPodFailed, backoff_utils.go; "Job has reached the specified backoff limit"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 }, taints: [{ key: maint, effect: NoExecute }] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 2
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      tolerations: [{ key: maint, operator: Exists, effect: NoExecute, tolerationSeconds: 0 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 10, 30], 'pods created');
    for (const p of pods) {
      const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByTaintManager');
      const t0 = h.sec(p.metadata.creationTimestamp);
      h.eq([dt.message, h.sec(dt.lastTransitionTime)], ['Taint manager: deleting due to NoExecute taint', t0], `${p.metadata.name} evicted at binding`);
      h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [t0], `${p.metadata.name} event`);
      h.eq(h.sec(p.metadata.deletionTimestamp), t0 + 30, `${p.metadata.name} deletionTimestamp`);
      h.eq(p.status.phase, 'Failed', `${p.metadata.name} phase`);
    }
    const job = h.job('j');
    const f = h.hasCond(job, 'Failed', 'BackoffLimitExceeded');
    h.eq([f.message, h.sec(f.lastTransitionTime)], ['Job has reached the specified backoff limit', 31], 'Failed');
    h.eq([job.status.failed, job.status.active ?? 0], [3, 0], 'counts');
    h.eq(h.events({ reason: 'BackoffLimitExceeded' }).map((e) => [h.sec(e.firstTimestamp), e.type]), [[31, 'Warning']], 'event');
  },
};
