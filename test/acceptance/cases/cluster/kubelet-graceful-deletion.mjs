// Suspending a Job deletes its running pod: deletionTimestamp = now + terminationGracePeriodSeconds
// (45), Killing "Stopping container c", container exits on SIGTERM (143, Error), phase Failed.
export default {
  id: 'cluster/kubelet-graceful-deletion',
  source: 'registry/core/pod strategy CheckGracefulDelete (deletionTimestamp = now + grace); kuberuntime killContainer ("Stopping container %s"); README known differences (exit 143 at once)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: g }
spec:
  timeline:
  - { at: 2m, patch: { kind: Job, name: j, spec: { suspend: true } } }
  duration: 10m
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      terminationGracePeriodSeconds: 45
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(h.sec(p.metadata.deletionTimestamp), 165, 'deletionTimestamp = +2m + 45s');
    h.eq(p.metadata.deletionGracePeriodSeconds, 45, 'deletionGracePeriodSeconds');
    const k = h.events({ reason: 'Killing', name: p.metadata.name });
    h.eq(k.map((e) => [h.sec(e.firstTimestamp), e.type, e.message]), [[120, 'Normal', 'Stopping container c']], 'Killing');
    h.eq(p.status.phase, 'Failed', 'phase');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.finishedAt)], [143, 'Error', 120], 'terminated');
    h.hasCond(h.job('j'), 'Suspended', 'JobSuspended');
  },
};
