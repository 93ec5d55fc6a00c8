// A container exiting 3 under restartPolicy Never: terminated reason Error, exitCode 3, phase
// Failed, Ready/ContainersReady False reason PodFailed.
export default {
  id: 'cluster/kubelet-exit-error',
  source: 'kubelet getPhase (Never: failed container -> Failed); status/generate.go generateContainersReadyConditionForTerminalPhase (PodFailed); CRI reason "Error" for non-zero exit',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: bad }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "7s", jobsim/exit-codes: "3" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('bad')[0];
    h.eq(p.status.phase, 'Failed', 'phase');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.finishedAt)], [3, 'Error', 7], 'terminated');
    h.eq([h.anyCond(p, 'Ready').reason, h.anyCond(p, 'ContainersReady').reason], ['PodFailed', 'PodFailed'], 'reasons');
    h.hasCond(h.job('bad'), 'Failed', 'BackoffLimitExceeded');
  },
};
