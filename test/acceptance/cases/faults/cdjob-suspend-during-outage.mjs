// The Job is suspended (timeline patch at 20s) while the Job controller is down (10s-60s): its running pod is
// left alone until the controller is back; at 60s the relist syncs the Job: the active pod is deleted (grace 30:
// deletionTimestamp 90s), not counted as failed, and Suspended=True JobSuspended with the Suspended event at 60s.
export default {
  id: 'faults/cdjob-suspend-during-outage',
  source: 'pkg/controller/job/job_controller.go manageJob (suspended: delete all active pods), syncJob (ensureJobConditionStatus JobSuspended "Job suspended", event Suspended)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sus}
spec:
  duration: 5m
  faults:
  - {at: 10s, controllerDown: job, for: 50s}
  timeline:
  - {at: 20s, patch: {kind: Job, name: j, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10m"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j');
    h.eq(p.length, 1, 'one pod');
    h.eq([h.sec(p[0].metadata.deletionTimestamp), p[0].metadata.deletionGracePeriodSeconds], [90, 30], 'pod deleted at the return');
    const j = h.job('j');
    const s = h.hasCond(j, 'Suspended', 'JobSuspended');
    h.eq([s.message, h.sec(s.lastTransitionTime)], ['Job suspended', 60], 'Suspended condition');
    h.eq([j.status.failed ?? 0, j.status.active ?? 0], [0, 0], '[failed, active]');
    h.eq(h.events({ kind: 'Job', reason: 'Suspended' }).map((e) => h.sec(e.firstTimestamp)), [60], 'Suspended event');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [60], 'SuccessfulDelete event');
  },
};
