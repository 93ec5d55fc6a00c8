// restartPolicy OnFailure, Indexed: a taint-evicted pod is not restarted in place (it is deleted): the Job counts
// it failed and creates a new pod for the same index (name j-0-xxxxx, completion-index annotation 0) 1s later.
export default {
  id: 'tainteviction/onfailure-indexed-evicted-replaced',
  source: 'job_controller.go (a deleted pod that did not succeed is failed; getPodsWithDelayedDeletionPerIndex / firstPendingIndexes); taint_eviction.go',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: of }
spec:
  completionMode: Indexed
  completions: 1
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const [p, q] = h.podsOf('of');
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [415], 'evicted (seed 1)');
    h.assert(/^of-0-[a-z0-9]{5}$/.test(q.metadata.name), `replacement name ${q.metadata.name}`);
    h.eq([h.sec(q.metadata.creationTimestamp), q.metadata.annotations['batch.kubernetes.io/job-completion-index']], [416, '0'], 'replacement for index 0');
    const j = h.job('of');
    h.eq([j.status.failed, j.status.active, j.status.terminating], [1, 1, 1], 'counters');
  },
};
