// Suspend at 15s (same pod): the Job deletes its active pod: Killing a only; Job Suspended at 15s, active 0.
export default {
  id: 'crr2/suspend-kills-running-not-done',
  source: 'job_controller.go (suspend: deleteActivePods, Suspended JobSuspended); kuberuntime killContainersWithSyncResult',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sus}
spec:
  duration: 60s
  timeline:
  - {at: 15s, patch: {kind: Job, name: ab, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: ab}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,1,0"}}
    spec:
      restartPolicy: Never
      containers:
      - name: a
        image: busybox:1.36
        restartPolicy: OnFailure
      - name: b
        image: busybox:1.36
`,
  check(r, h) {
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[15, 'Stopping container a']], 'Killing');
    const job = h.job('ab');
    const s = h.hasCond(job, 'Suspended', 'JobSuspended');
    h.eq([h.sec(s.lastTransitionTime), job.status.active ?? 0], [15, 0], '[Suspended at, active]');
    const p = h.podsOf('ab')[0];
    h.eq([h.podsOf('ab').length, p.status.phase, p.status.containerStatuses.map((c) => c.state.terminated?.exitCode)], [1, 'Failed', [143, 1]], '[pods, phase, exits]');
  },
};
