// Three running pods of two Jobs on w-1 (node deleted at 50s): all are failed and force-deleted by the same pass
// (60s quarantine start -> 100s). Job b counts one failure and replaces at 110s; Job a counts two failures in one
// sync (failuresAfterLastSuccess += 2), so its two replacements wait 20s: 120s.
export default {
  id: 'podgc/several-pods-one-pass',
  source: 'podgc gc_controller.go gcOrphaned (every pod of the deleted node in one pass); job backoff_utils.go newBackoffRecord (failuresAfterLastSuccess += len(newFailedPods)), getRemainingTimeForFailuresCount',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q6}
spec:
  duration: 3m
  cluster:
    nodePools: [{name: w, count: 2}]
  faults:
  - {at: 50s, deleteNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const first = h.of('Pod').filter((p) => h.sec(p.metadata.creationTimestamp) === 0);
    h.eq(first.length, 3, 'three pods at 0s');
    h.eq(first.map((p) => [p.status.phase, h.sec(p.metadata.deletionTimestamp), h.cond(p, 'DisruptionTarget')?.reason]), Array(3).fill(['Failed', 100, 'DeletionByPodGC']), 'all GC-ed at 100s');
    h.eq([h.job('a').status.failed, h.job('b').status.failed], [2, 1], 'failed counts');
    h.eq(h.podsOf('b').slice(1).map((p) => h.sec(p.metadata.creationTimestamp)), [110], 'b replaced at 110s');
    h.eq(h.podsOf('a').slice(2).map((p) => h.sec(p.metadata.creationTimestamp)), [120, 120], 'a replaced at 120s (second failure: 20s)');
  },
};
