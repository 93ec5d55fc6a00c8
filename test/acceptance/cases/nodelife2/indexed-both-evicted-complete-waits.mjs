// Both pods of an Indexed Job (completions 2, parallelism 2) are on w-1, which stops answering for good.
// Both are evicted at the same instant (taint + 300s) and replaced 1s later on w-2 with their own
// indexes; the replacements succeed, so completedIndexes "0,1" and SuccessCriteriaMet, but the two
// evicted pods stay Terminating on the silent node: status.terminating 2, failed 2, and no Complete.
export default {
  id: 'nodelife2/indexed-both-evicted-complete-waits',
  source: 'taint_eviction_test.go TestUpdateNode "Added taint, pod not tolerating" (all pods of the node); job_controller.go (Indexed replacement per index; terminating pods counted; terminal condition delayed while terminating > 0, job-controller.md)',
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
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: ix }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: "10m" } }
    spec:
      affinity: { nodeAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, preference: { matchExpressions: [{ key: kubernetes.io/hostname, operator: In, values: [w-1] }] } }] } }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const u = h.sec(h.events({ reason: 'NodeNotReady', kind: 'Node' })[0].firstTimestamp);
    const pods = h.podsOf('ix');
    const old = pods.filter((p) => p.spec.nodeName === 'w-1');
    const rep = pods.filter((p) => p.spec.nodeName === 'w-2');
    h.eq(old.map((p) => [p.metadata.labels['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.deletionTimestamp), p.status.phase]).sort(), [['0', u + 335, 'Running'], ['1', u + 335, 'Running']], 'evicted pods');
    h.eq(rep.map((p) => [p.metadata.labels['batch.kubernetes.io/job-completion-index'], h.sec(p.metadata.creationTimestamp), p.status.phase]).sort(), [['0', u + 306, 'Succeeded'], ['1', u + 306, 'Succeeded']], 'replacements');
    const j = h.job('ix');
    h.eq([j.status.completedIndexes, j.status.succeeded, j.status.failed, j.status.terminating], ['0,1', 2, 2, 2], 'status');
    h.hasCond(j, 'SuccessCriteriaMet', 'CompletionsReached');
    h.noCond(j, 'Complete');
    h.eq(j.status.completionTime, undefined, 'no completionTime');
  },
};
