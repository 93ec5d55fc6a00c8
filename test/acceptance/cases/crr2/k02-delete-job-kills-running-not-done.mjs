// kubectl delete job at 15s: a runs its restarted attempt (since 10s), b is done (exit 1 at 10s): Killing for a
// only (exit 143, 10-15s), b keeps exit 1; pod Failed; deletionTimestamp set.
export default {
  id: 'crr2/delete-job-kills-running-not-done',
  source: 'kuberuntime killPodWithSyncResult -> killContainersWithSyncResult (running containers only); getPhase (podIsTerminal)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 60s
  timeline:
  - {at: 15s, delete: {kind: Job, name: ab}}
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
    const p = h.of('Pod')[0];
    const [a, b] = ['a', 'b'].map((n) => p.status.containerStatuses.find((c) => c.name === n));
    h.eq([a.state.terminated?.exitCode, h.sec(a.state.terminated?.startedAt), h.sec(a.state.terminated?.finishedAt), b.state.terminated?.exitCode], [143, 10, 15, 1], '[a exit, from, to, b exit]');
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[15, 'Stopping container a']], 'Killing');
    h.eq(p.status.phase, 'Failed', 'phase');
    h.assert(p.metadata.deletionTimestamp !== undefined, 'deleted');
  },
};
