// system-node-critical already exists (the API server creates it, preemptionPolicy defaulted to
// PreemptLowerPriority). kubectl apply of a manifest giving it preemptionPolicy Never is a PATCH,
// refused by the update validation: preemptionPolicy is immutable.
export default {
  id: 'prio/system-class-apply-policy-immutable',
  source: 'pkg/apis/scheduling/validation/validation.go ValidatePriorityClassUpdate (ValidateImmutableField(pc.PreemptionPolicy, oldPc.PreemptionPolicy, "preemptionPolicy")); pkg/registry/scheduling/priorityclass/strategy.go ValidateUpdate; pkg/registry/scheduling/rest/storage_scheduling.go AddSystemPriorityClasses',
  exit: 2,
  scenario: `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: system-node-critical
value: 2000001000
preemptionPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: crit }
spec:
  template:
    spec:
      priorityClassName: system-node-critical
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, ['6:1: PriorityClass system-node-critical: preemptionPolicy: Invalid value: "Never": field is immutable'], 'problems');
  },
};
