// The Priority admission refuses only a stated priority or preemptionPolicy that DIFFERS from what
// it computes: a template that repeats its class's value and policy is accepted.
export default {
  id: 'prio/adm-priority-equal-accepted',
  source: 'plugin/pkg/admission/priority/admission.go admitPod (pod.Spec.Priority != nil && *pod.Spec.Priority != priority -> Forbidden; pod.Spec.PreemptionPolicy != nil && != corePolicy -> Forbidden)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: a }
spec:
  duration: 1m
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
preemptionPolicy: Never
description: high and polite
---
apiVersion: batch/v1
kind: Job
metadata: { name: same }
spec:
  template:
    spec:
      priorityClassName: high
      priority: 1000
      preemptionPolicy: Never
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: zero }
spec:
  template:
    spec:
      priority: 0
      preemptionPolicy: PreemptLowerPriority
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'FailedCreate' }).length, 0, 'no FailedCreate');
    const s = h.podsOf('same'), z = h.podsOf('zero');
    h.eq([s.length, z.length], [1, 1], 'one pod each');
    h.eq([s[0].spec.priorityClassName, s[0].spec.priority, s[0].spec.preemptionPolicy], ['high', 1000, 'Never'], 'same pod');
    h.eq([z[0].spec.priorityClassName, z[0].spec.priority, z[0].spec.preemptionPolicy], [undefined, 0, 'PreemptLowerPriority'], 'zero pod (no class name)');
    h.eq(h.sec(h.hasCond(h.job('same'), 'Complete').lastTransitionTime), 11, 'same completes at +11s');
  },
};
