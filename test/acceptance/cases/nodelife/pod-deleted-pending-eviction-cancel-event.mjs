// A pod with a planned taint eviction is deleted by someone else (here: the Job's TTL, then the
// garbage collector): the taint manager notices the deletion and cancels the planned work, with the
// "Cancelling deletion" event.
export default {
  id: 'nodelife/pod-deleted-pending-eviction-cancel-event',
  source: 'taint_eviction.go handlePodUpdate (pod NotFound -> cancelWorkWithEvent) / emitCancelPodDeletionEvent; taint_eviction_test.go TestDeletePod',
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
  ttlSecondsAfterFinished: 20
  template:
    metadata: { annotations: { jobsim/duration: "10s" } }
    spec:
      tolerations: [{ key: dedicated, operator: Exists, effect: NoExecute, tolerationSeconds: 3600 }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.find('Pod', r.items.find((i) => i.kind === 'Pod').metadata.name);
    h.assert(p.metadata.deletionTimestamp, 'pod deleted with its Job');
    const del = h.sec(p.metadata.deletionTimestamp);
    const ev = h.events({ reason: 'TaintManagerEviction', name: p.metadata.name });
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.message]), [[del, `Cancelling deletion of Pod default/${p.metadata.name}`]], 'cancel event at the deletion');
  },
};
