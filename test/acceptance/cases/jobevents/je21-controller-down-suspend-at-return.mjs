// The Job controller is down from 5s to 25s; the suspend patched at 10s is acted on when it returns: SuccessfulDelete,
// then Suspended, both at 25s, and the Suspended condition's times are the return time.
export default {
  id: 'jobevents/je21-controller-down-suspend-at-return',
  source: 'job_controller.go syncJob/manageJob (the sync that sees spec.suspend deletes and writes Suspended with jm.clock.Now()); informer initial list enqueues every Job (addJob -> enqueueSyncJobImmediately)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: cd}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1m"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  duration: 2m
  faults:
    - {at: 5s, controllerDown: job, for: 20s}
  timeline:
    - {at: 10s, patch: {kind: Job, name: cd, spec: {suspend: true}}}
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'cd' }).map((e) => [h.sec(e.firstTimestamp), e.reason]);
    h.eq(ev, [[0, 'SuccessfulCreate'], [25, 'SuccessfulDelete'], [25, 'Suspended']], 'job events');
    h.eq(h.events({ reason: 'Killing' }).map((e) => h.sec(e.firstTimestamp)), [25], 'Killing');
    const s = h.job('cd').status;
    h.eq(s.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastProbeTime), h.sec(c.lastTransitionTime)]), [['Suspended', 'True', 'JobSuspended', 25, 25]], 'conditions');
    h.eq([s.active, s.failed, h.sec(s.startTime)], [undefined, undefined, 0], '[active, failed, startTime]');
  },
};
