// OnFailure: the first 20s run exits 1, the container restarts at once (20s); the Job is suspended at 30s and the
// running second run is stopped by SIGTERM (143): a pod being deleted is not restarted, so it is Failed with
// state terminated 143 (20-30), lastState the first run (exit 1, 0-20), restartCount 1;
// no BackOff event (the first restart had no back-off), one Killing at 30s.
export default {
  id: 'kubestatus/delete-second-run-onfailure',
  source: 'pkg/kubelet/kubelet_pods.go convertToAPIContainerStatuses (newest instance -> State, second newest -> LastTerminationState; RestartCount from the runtime), getPhase (podIsTerminal -> Failed); container/helpers.go ShouldContainerBeRestarted (DeletionTimestamp -> false)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 1m
  timeline:
  - { at: 30s, patch: { kind: Job, name: j, spec: { suspend: true } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 6
  template:
    metadata: { annotations: { jobsim/duration: "20s", jobsim/exit-codes: "1" } }
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.status.phase, 'Failed', 'phase');
    const c = p.status.containerStatuses[0];
    const t = (s) => [s.terminated?.exitCode, s.terminated?.reason, h.sec(s.terminated?.startedAt), h.sec(s.terminated?.finishedAt)];
    h.eq([c.restartCount, t(c.state), t(c.lastState)], [1, [143, 'Error', 20, 30], [1, 'Error', 0, 20]], '[restartCount, state, lastState]');
    h.eq(h.events({ reason: 'BackOff', name: p.metadata.name }).length, 0, 'no BackOff');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [30], 'Killing');
    const ready = h.anyCond(p, 'Ready');
    h.eq([ready.status, ready.reason, h.sec(ready.lastTransitionTime)], ['False', 'PodFailed', 30], 'Ready');
  },
};
