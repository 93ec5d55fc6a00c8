// The Job is deleted (timeline) at 25s while c waits in back-off and the sidecar runs: only the sidecar is
// killed (Killing side at 25s, exit 143); c is not restarted and keeps its last run (exit 1, 10-20); pod Failed.
export default {
  id: 'crr2/sidecar-job-delete-during-backoff',
  source: 'kuberuntime killPodWithSyncResult (running containers, sidecars after the regular ones); helpers.go ShouldContainerBeRestarted (deleted -> false); getPhase',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 60s
  timeline:
  - {at: 25s, delete: {kind: Job, name: sc}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sc}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,1,0"}}
    spec:
      restartPolicy: Never
      initContainers:
      - name: side
        image: busybox:1.36
        restartPolicy: Always
      containers:
      - name: c
        image: busybox:1.36
        restartPolicy: Never
        restartPolicyRules:
        - {action: Restart, exitCodes: {operator: In, values: [1]}}
`,
  check(r, h) {
    const p = h.of('Pod')[0];
    const side = p.status.initContainerStatuses[0];
    const c = p.status.containerStatuses[0];
    h.eq([p.status.phase, side.state.terminated?.exitCode, h.sec(side.state.terminated?.finishedAt)], ['Failed', 143, 25], '[phase, sidecar]');
    h.eq([c.restartCount, c.state.terminated?.exitCode, h.sec(c.state.terminated?.finishedAt)], [1, 1, 20], 'c');
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[25, 'Stopping container side']], 'Killing');
    h.eq(h.events({ kind: 'Pod', reason: 'Started' }).filter((e) => h.sec(e.firstTimestamp) > 20).length, 0, 'no start after 20s');
  },
};
