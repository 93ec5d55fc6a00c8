// The pod GC fails a running pod of a deleted node without touching its container statuses (still running). A
// FailJob rule onExitCodes {NotIn [0]} cannot match: getMatchingContainerFromList skips containers whose
// state.terminated is nil. No rule matches, so the failure is counted by default (failed 1, backoffLimit 6 not
// reached) and the pod is replaced; the Job is not failed by the policy.
export default {
  id: 'podgc/pfp-onexitcodes-no-terminated-container',
  source: 'pkg/controller/job/pod_failure_policy.go matchPodFailurePolicy / getMatchingContainerFromList (State.Terminated == nil -> continue); podgc markFailedAndDeletePodWithCondition (only phase + condition patched)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p4}
spec:
  duration: 4m
  cluster:
    nodePools: [{name: w, count: 2}]
  faults:
  - {at: 110s, deleteNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  podFailurePolicy:
    rules:
    - action: FailJob
      onExitCodes: {operator: NotIn, values: [0]}
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp)], ['Failed', 160], 'GC-ed at 160s');
    const job = h.job('j');
    h.noCond(job, 'Failed');
    h.noCond(job, 'FailureTarget');
    h.eq([job.status.failed, job.status.active], [1, 1], '[failed, active]');
    h.eq(h.sec(q?.metadata.creationTimestamp), 170, 'replacement created 10s after the pod GC');
  },
};
