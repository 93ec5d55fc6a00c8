// A Job whose only pod succeeded at 10s is suspended at 10.5s, before the batched pod sync (11s): the immediate
// sync of the spec change counts the success first, so the Job completes (SuccessCriteriaMet, Complete at 10s) and
// is never marked Suspended; no Suspended event.
export default {
  id: 'mutations2/suspend-after-last-success-completes',
  source: 'job_controller.go syncJob (complete computed before the suspend branch: "Job can be in the suspended state only if it is NOT completed"); reference job-controller §8 "A suspended Job can still complete"',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 10500ms, patch: {kind: Job, name: s, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: s}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('s');
    h.eq((j.status.conditions ?? []).map((c) => [c.type, c.status, h.sec(c.lastTransitionTime)]), [['SuccessCriteriaMet', 'True', 10], ['Complete', 'True', 10]], 'conditions');
    h.eq([j.spec.suspend, j.metadata.generation, j.status.succeeded, h.sec(j.status.completionTime)], [true, 2, 1, 10], '[suspend, generation, succeeded, completionTime]');
    h.eq(h.events({ kind: 'Job', name: 's' }).map((e) => e.reason), ['SuccessfulCreate', 'Completed'], 'events');
  },
};
