// Applying system-node-critical with its own value and globalDefault: true patches the existing class;
// neither ValidatePriorityClassUpdate nor the Priority admission (no other default exists) refuses it,
// so it becomes the global default and a pod naming no class gets 2000001000.
export default {
  id: 'prio/system-class-apply-global-default',
  source: 'pkg/apis/scheduling/validation/validation.go ValidatePriorityClassUpdate (globalDefault mutable); plugin/pkg/admission/priority/admission.go validatePriorityClass (Update: refused only if another class is default), admitPod getDefaultPriority; strategy.go ValidateUpdate',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: sys }
spec:
  duration: 1m
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: system-node-critical
value: 2000001000
globalDefault: true
---
apiVersion: batch/v1
kind: Job
metadata: { name: plain }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('plain')[0];
    h.eq([p.spec.priorityClassName, p.spec.priority, p.spec.preemptionPolicy], ['system-node-critical', 2000001000, 'PreemptLowerPriority'], 'pod gets the default');
  },
};
