// A pod template that sets spec.priority different from what the Priority admission computes (0:
// no class, no globalDefault) is refused: every create of the Job's pods fails.
export default {
  id: 'scheduling/priority-spec-priority-forbidden',
  source: 'plugin/pkg/admission/priority/admission.go admitPod ("the integer value of priority (%d) must not be provided in pod spec; priority admission controller computed %d from the given PriorityClass name"); job_controller FailedCreate',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 30s
---
apiVersion: batch/v1
kind: Job
metadata: { name: prio }
spec:
  template:
    spec:
      priority: 5
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('prio').length, 0, 'no pod');
    const fc = h.events({ reason: 'FailedCreate', name: 'prio' });
    h.assert(fc.length >= 1, 'FailedCreate');
    h.eq(fc[0].message, 'Error creating: pods "prio-" is forbidden: the integer value of priority (5) must not be provided in pod spec; priority admission controller computed 0 from the given PriorityClass name', 'message');
  },
};
