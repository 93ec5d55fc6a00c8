// The highest user value, 1000000000, is allowed (the check is Value > HighestUserDefinablePriority),
// and so is the lowest int32; a name "system" or "systemd-x" lacks the reserved "system-" prefix and
// takes any user value. Pods of each class get its value.
export default {
  id: 'prio/val-value-boundaries-accepted',
  source: 'pkg/apis/scheduling/validation/validation.go ValidatePriorityClass (strings.HasPrefix(pc.Name, "system-"); pc.Value > HighestUserDefinablePriority); pkg/apis/scheduling/types.go HighestUserDefinablePriority = int32(1000000000); plugin/pkg/admission/priority admitPod (priority = pc.Value)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: b }
spec:
  duration: 1m
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: system }
value: 1000000000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: systemd-x }
value: -2147483648
---
apiVersion: batch/v1
kind: Job
metadata: { name: top }
spec:
  template:
    spec:
      priorityClassName: system
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: bottom }
spec:
  template:
    spec:
      priorityClassName: systemd-x
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'FailedCreate' }).length, 0, 'no FailedCreate');
    const t = h.podsOf('top')[0], b = h.podsOf('bottom')[0];
    h.eq([t.spec.priorityClassName, t.spec.priority, t.spec.preemptionPolicy], ['system', 1000000000, 'PreemptLowerPriority'], 'top pod');
    h.eq([b.spec.priorityClassName, b.spec.priority], ['systemd-x', -2147483648], 'bottom pod');
    h.hasCond(h.job('top'), 'Complete');
    h.hasCond(h.job('bottom'), 'Complete');
  },
};
