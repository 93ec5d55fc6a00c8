// The same failing workload (exit codes 1, 1, 0 per attempt, 10s runs, completions 2) under the two restart
// policies. OnFailure: the kubelet restarts the container in place at 10s (at once) and 30s (10s crash-loop wait);
// the pod succeeds at 40s and the second pod is created in the next sync (41s): container crashes never delay the
// Job's pod creation, and nothing counts as failed. Never: each failure is a Failed pod and the Job controller waits
// 10s, then 20s (pods at 0s, 20s, 50s); the success at 60s empties the record, so the last pod comes at 61s.
export default {
  id: 'backoff/never-vs-onfailure-timing',
  source: 'kuberuntime_manager.go doBackOff (per-container crash-loop back-off: first restart immediate, then 10s doubling); job_controller.go manageJob (pod-failure back-off from newBackoffRecord: only Failed pods), pastBackoffLimitOnFailure',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: of}
spec:
  completions: 2
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
---
apiVersion: batch/v1
kind: Job
metadata: {name: nv}
spec:
  completions: 2
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const starts = (p) => h.events({ kind: 'Pod', name: p.metadata.name, reason: 'Started' }).map((e) => h.sec(e.firstTimestamp));
    const of = h.podsOf('of');
    h.eq(of.map((p) => [h.sec(p.metadata.creationTimestamp), starts(p), p.status.containerStatuses[0].restartCount, p.status.phase]),
      [[0, [0, 10, 30], 2, 'Succeeded'], [41, [41], 0, 'Succeeded']], 'OnFailure pods [created, starts, restartCount, phase]');
    h.eq(h.events({ kind: 'Pod', name: of[0].metadata.name, reason: 'BackOff' }).map((e) => h.sec(e.firstTimestamp)), [20], 'OnFailure BackOff');
    const nv = h.podsOf('nv');
    h.eq(nv.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]), [[0, 'Failed'], [20, 'Failed'], [50, 'Succeeded'], [61, 'Succeeded']], 'Never pods [created, phase]');
    const a = h.job('of').status, b = h.job('nv').status;
    h.eq([a.failed ?? 0, a.succeeded, h.sec(a.completionTime)], [0, 2, 52], 'OnFailure Job [failed, succeeded, completionTime]');
    h.eq([b.failed, b.succeeded, h.sec(b.completionTime)], [2, 2, 72], 'Never Job [failed, succeeded, completionTime]');
  },
};
