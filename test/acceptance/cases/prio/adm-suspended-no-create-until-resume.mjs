// A suspended Job tries no pod create, so its unknown class goes unnoticed until it is resumed at
// +30s: the create is refused in that sync (FailedCreate before Resumed, as manageJob runs before the
// condition update), startTime is set at the resume, and the retries restart at 1s.
export default {
  id: 'prio/adm-suspended-no-create-until-resume',
  source: 'job_controller.go syncJob (manageJob, then ensureJobConditionStatus JobResumed + "Resumed" event + StartTime reset); manageJob (suspended: no creates); processNextWorkItem Forget on success, AddRateLimited on error',
  args: ['--duration', '45s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  timeline:
  - { at: 30s, patch: { kind: Job, name: sus, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: sus }
spec:
  suspend: true
  template:
    spec:
      priorityClassName: nope
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'sus' });
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.reason]), [[0, 'Suspended'], [30, 'FailedCreate'], [30, 'Resumed'], [31, 'FailedCreate'], [33, 'FailedCreate'], [37, 'FailedCreate'], [45, 'FailedCreate']], 'events');
    h.eq(ev[1].message, 'Error creating: pods "sus-" is forbidden: no PriorityClass with name nope was found', 'message');
    const j = h.job('sus');
    h.eq(h.sec(j.status.startTime), 30, 'startTime at the resume');
    const c = h.anyCond(j, 'Suspended');
    h.eq([c.status, c.reason, h.sec(c.lastTransitionTime)], ['False', 'JobResumed', 30], 'Suspended condition');
  },
};
