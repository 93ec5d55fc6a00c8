// A pod template whose preemptionPolicy differs from its PriorityClass's is refused by the
// Priority admission (the class's policy, PreemptLowerPriority by default, is authoritative).
export default {
  id: 'scheduling/priority-preemption-policy-forbidden',
  source: 'plugin/pkg/admission/priority/admission.go admitPod ("the string value of PreemptionPolicy (%s) must not be provided in pod spec; priority admission controller computed %s from the given PriorityClass name"); PriorityClass default preemptionPolicy PreemptLowerPriority',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 30s
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: pp }
spec:
  template:
    spec:
      priorityClassName: high
      preemptionPolicy: Never
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('pp').length, 0, 'no pod');
    const fc = h.events({ reason: 'FailedCreate', name: 'pp' });
    h.assert(fc.length >= 1, 'FailedCreate');
    h.eq(fc[0].message, 'Error creating: pods "pp-" is forbidden: the string value of PreemptionPolicy (Never) must not be provided in pod spec; priority admission controller computed PreemptLowerPriority from the given PriorityClass name', 'message');
  },
};
