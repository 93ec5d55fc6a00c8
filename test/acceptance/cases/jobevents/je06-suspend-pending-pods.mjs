// Suspending a Job whose pods were never scheduled: SuccessfulDelete for each (least valuable first is moot, all
// Pending), then Suspended in the same second; an unbound pod is deleted at once (grace 0: deletionTimestamp =
// request time), so nothing is left terminating; the pods were never counted as failed.
export default {
  id: 'jobevents/je06-suspend-pending-pods',
  source: 'job_controller.go manageJob (jobSuspended -> deleteJobPods "Deleted pod: %v"), syncJob (Suspended "Job suspended" after manageJob); pod strategy CheckGracefulDelete (unscheduled pod: grace 0)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: p}
spec:
  parallelism: 3
  completions: 3
  template:
    spec:
      nodeSelector: {pool: none}
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  duration: 1m
  timeline:
    - {at: 20s, patch: {kind: Job, name: p, spec: {suspend: true}}}
`,
  check(r, h) {
    const pods = h.podsOf('p');
    const ev = h.events({ kind: 'Job', name: 'p' }).filter((e) => h.sec(e.firstTimestamp) > 0).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev.map((e) => e.slice(0, 2)), [[20, 'SuccessfulDelete'], [20, 'SuccessfulDelete'], [20, 'SuccessfulDelete'], [20, 'Suspended']], 'job events after start');
    h.eq(ev.slice(0, 3).map((e) => e[2]).sort(), pods.map((p) => `Deleted pod: ${p.metadata.name}`).sort(), 'deleted pod names');
    h.eq(pods.map((p) => [p.status.phase, h.sec(p.metadata.deletionTimestamp)]), [['Pending', 20], ['Pending', 20], ['Pending', 20]], 'pods');
    h.eq(h.events({ reason: 'Killing' }).length, 0, 'no Killing for unbound pods');
    const s = h.job('p').status;
    h.eq([s.active, s.failed, s.terminating, h.sec(s.startTime)], [undefined, undefined, 0, 0], '[active, failed, terminating, startTime]');
    h.eq(s.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastProbeTime), h.sec(c.lastTransitionTime)]), [['Suspended', 'True', 'JobSuspended', 'Job suspended', 20, 20]], 'conditions');
  },
};
