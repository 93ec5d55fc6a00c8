// podReplacementPolicy Failed with OnFailure: a pod evicted from a dead node stays Terminating (phase Running) and
// is neither counted failed (only phase Failed counts under Failed) nor replaced (terminating pods count against
// parallelism). a-1 goes down at 35s for good; the pod (restartCount 2) is evicted at 390s; at 15m the Job still has
// one pod, active 0, terminating 1, failed unset, and no condition.
export default {
  id: 'onfailure/prp-failed-node-down-no-replacement',
  source: 'job_controller.go isPodFailed (onlyReplaceFailedPods: phase Failed only), manageJob (diff = wantActive - terminating - active); reference job §2.1, §4',
  args: ['--duration', '15m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pf}
spec:
  cluster:
    nodePools:
    - {name: a, count: 1, capacity: {cpu: "8", memory: 16Gi, pods: 110}}
    - {name: b, count: 1, capacity: {cpu: "2", memory: 16Gi, pods: 110}}
  faults:
  - {at: 35s, nodeDown: a-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  podReplacementPolicy: Failed
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1", memory: 1Gi}}}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'not replaced');
    h.eq([pods[0].status.phase, pods[0].status.containerStatuses[0].restartCount, h.sec(pods[0].metadata.deletionTimestamp)], ['Running', 2, 420], 'pod [phase, restarts, deletionTimestamp]');
    const job = h.job('j');
    h.eq([job.status.active, job.status.terminating, job.status.failed, job.status.ready, job.status.conditions ?? []], [undefined, 1, undefined, 0, []], '[active, terminating, failed, ready, conditions]');
  },
};
