// syncJob runs manageJob first and records Suspended/Resumed after it: on resume the SuccessfulCreate events
// come before Resumed; on suspend the SuccessfulDelete events come before Suspended; the kubelet's Killing
// follows the deletions in the same second.
export default {
  id: 'events/ev04-suspend-resume-order',
  source: 'job_controller.go syncJob (manageJob, then "if manageJobCalled" block: ensureJobConditionStatus Suspended -> recorder.Event(Normal, "Suspended", "Job suspended") / "Resumed", "Job resumed"); reference job-controller.md §8',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: s}
spec:
  suspend: true
  parallelism: 2
  completions: 2
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  timeline:
    - {at: 30s, patch: {kind: Job, name: s, spec: {suspend: false}}}
    - {at: 35s, patch: {kind: Job, name: s, spec: {suspend: true}}}
    - {at: 50s, patch: {kind: Job, name: s, spec: {suspend: false}}}
`,
  check(r, h) {
    const jobEv = h.events({ kind: 'Job', name: 's' }).map((e) => [h.sec(e.firstTimestamp), e.reason]);
    h.eq(jobEv, [
      [0, 'Suspended'],
      [30, 'SuccessfulCreate'], [30, 'SuccessfulCreate'], [30, 'Resumed'],
      [35, 'SuccessfulDelete'], [35, 'SuccessfulDelete'], [35, 'Suspended'],
      [50, 'SuccessfulCreate'], [50, 'SuccessfulCreate'], [50, 'Resumed'],
      [61, 'Completed'],
    ], 'Job events');
    const killing = h.events({ reason: 'Killing' }).map((e) => h.sec(e.firstTimestamp));
    h.eq(killing, [35, 35], 'Killing at the suspension');
    const all = r.events.map((e) => e.reason);
    h.assert(all.indexOf('Killing') > all.lastIndexOf('SuccessfulDelete'), 'Killing after the deletions');
    for (const e of h.events({ kind: 'Job', name: 's' }).filter((e) => ['Suspended', 'Resumed'].includes(e.reason)))
      h.eq([e.type, e.message], ['Normal', e.reason === 'Suspended' ? 'Job suspended' : 'Job resumed'], e.reason);
  },
};
