// At most 500 creations per sync (each its own SuccessfulCreate): parallelism 1100 gives 500 at 0s, 500 at 1s, 100 at
// 2s (each next sync one batch period after the creations are observed); scaling down to 450 at 10s deletes at most
// 500 per sync: 500 SuccessfulDelete at 10s and 150 at 11s. The deleted pods are not counted as failed.
export default {
  id: 'jobevents/je12-burst-create-delete-caps',
  source: 'job_controller.go manageJob (MaxPodCreateDeletePerSync = 500 for diff and podsToDelete; slow-start batches), addPod/deletePod enqueueSyncJobBatched (1s)',
  timeoutMs: 120000,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  completions: 1100
  parallelism: 1100
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  duration: 30s
  cluster:
    nodePools: [{name: w, count: 12, capacity: {cpu: "64", memory: 256Gi, pods: 110}}]
  timeline:
    - {at: 10s, patch: {kind: Job, name: big, spec: {parallelism: 450}}}
`,
  check(r, h) {
    const per = {};
    for (const e of h.events({ kind: 'Job', name: 'big' })) { const k = `${e.reason}@${h.sec(e.firstTimestamp)}`; per[k] = (per[k] ?? 0) + 1; }
    h.eq(per, { 'SuccessfulCreate@0': 500, 'SuccessfulCreate@1': 500, 'SuccessfulCreate@2': 100, 'SuccessfulDelete@10': 500, 'SuccessfulDelete@11': 150 }, 'events per reason and second');
    const names = new Set(h.events({ kind: 'Job', name: 'big', reason: 'SuccessfulCreate' }).map((e) => e.message));
    h.eq(names.size, 1100, 'distinct created pods');
    const s = h.job('big').status;
    h.eq([s.active, s.failed, s.terminating], [450, undefined, 0], '[active, failed, terminating]');
  },
};
