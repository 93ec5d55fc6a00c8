// Resuming a Job created suspended: manageJob creates the pods (SuccessfulCreate events) before syncJob records
// Resumed, all in the sync of the spec change (immediate). startTime is the resume time.
export default {
  id: 'mutations/resume-events-after-creates',
  source: 'job_controller.go syncJob (manageJob then ensureJobConditionStatus(JobSuspended, False, "JobResumed") and recorder.Event "Resumed"); createPods records SuccessfulCreate; updateJob enqueues immediately on a spec change',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: v}
spec:
  timeline:
  - {at: 30s, patch: {kind: Job, name: x, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  suspend: true
  parallelism: 3
  completions: 3
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'x' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]);
    h.eq(ev, [['Suspended', 0], ['SuccessfulCreate', 30], ['SuccessfulCreate', 30], ['SuccessfulCreate', 30], ['Resumed', 30], ['Completed', 41]], 'job events in order');
    const j = h.job('x');
    h.eq(h.sec(j.status.startTime), 30, 'startTime');
    const s = j.status.conditions.find((c) => c.type === 'Suspended');
    h.eq([s.status, s.reason, s.message, h.sec(s.lastTransitionTime)], ['False', 'JobResumed', 'Job resumed', 30], 'Suspended condition');
  },
};
