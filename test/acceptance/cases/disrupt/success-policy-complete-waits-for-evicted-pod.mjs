// Indexed Job (2 indexes, successPolicy: index 0 suffices). Index 0's first pod lands on w-2, silent from
// 60s: evicted by the taint manager at 415s, it stays Running/terminating on the silent node, counted
// failed; its replacement on w-1 succeeds at 596s. SuccessCriteriaMet at 597s, index 1's pod deleted
// (SuccessfulDelete) and killed at once. Complete waits until no pod is terminating: the evicted pod on
// w-2 ends only when the Node is deleted (605s) and the pod GC, from its 620s pass plus the 40s
// quarantine, fails it at 660s (DisruptionTarget reason replaced, transition time kept): Complete at 661s.
export default {
  id: 'disrupt/success-policy-complete-waits-for-evicted-pod',
  source: 'job_controller.go (successPolicy SuccessCriteriaMet; terminal condition delayed while status.terminating > 0, "Matched rules at index 0"); podgc gc_controller.go gcOrphaned + markFailedAndDeletePodWithCondition (UpdatePodCondition); taint_eviction.go addConditionAndDeletePod',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  behaviors:
  - selector: { matchLabels: { app: sp } }
    duration: 1h
    perIndex:
      "0": { duration: 3m }
  faults:
  - { at: 60s, nodeDown: w-2 }
  - { at: 605s, deleteNode: w-2 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  successPolicy:
    rules: [{ succeededIndexes: "0" }]
  template:
    metadata: { labels: { app: sp } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never`,
  check(r, h) {
    const pods = h.podsOf('j');
    const by = (n) => pods.filter((p) => p.metadata.labels['batch.kubernetes.io/job-completion-index'] === n);
    const [old0, new0] = by('0');
    const [p1] = by('1');
    h.eq(old0.spec.nodeName, 'w-2', 'first index-0 pod on the silent node');
    h.eq(h.events({ reason: 'TaintManagerEviction', name: old0.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [415], 'evicted');
    h.eq(h.sec(new0.metadata.creationTimestamp), 416, 'index 0 replaced');
    h.eq([new0.status.phase, h.sec(new0.status.containerStatuses[0].state.terminated.finishedAt)], ['Succeeded', 596], 'replacement succeeds');
    h.eq(h.events({ reason: 'SuccessfulDelete' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[597, `Deleted pod: ${p1.metadata.name}`]], 'index 1 deleted');
    const dt = h.hasCond(old0, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq([dt.message, h.sec(dt.lastTransitionTime), old0.status.phase], ['PodGC: node no longer exists', 415, 'Failed'], 'pod GC');
    const job = h.job('j');
    const sc = h.hasCond(job, 'SuccessCriteriaMet', 'SuccessPolicy');
    const c = h.hasCond(job, 'Complete', 'SuccessPolicy');
    h.eq([h.sec(sc.lastTransitionTime), h.sec(c.lastTransitionTime), c.message], [597, 661, 'Matched rules at index 0'], 'conditions');
    h.eq([job.status.succeeded, job.status.failed, job.status.terminating, job.status.completedIndexes], [1, 1, 0, '0'], 'status');
  },
};
