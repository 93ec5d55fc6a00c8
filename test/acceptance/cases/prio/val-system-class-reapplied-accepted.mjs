// The built-in classes exist in every cluster, so applying a manifest of system-cluster-critical
// with its own value (another description) is an update kubectl apply makes, not a refused create;
// pods naming it keep 2000000000 and PreemptLowerPriority.
export default {
  id: 'prio/val-system-class-reapplied-accepted',
  source: 'pkg/registry/scheduling/rest/storage_scheduling.go AddSystemPriorityClasses; pkg/registry/scheduling/priorityclass/strategy.go ValidateUpdate -> validation.ValidatePriorityClassUpdate (value and preemptionPolicy immutable, nothing else); kubectl apply (existing object -> patch)',
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
  name: system-cluster-critical
value: 2000000000
description: our own words
---
apiVersion: batch/v1
kind: Job
metadata: { name: crit }
spec:
  template:
    spec:
      priorityClassName: system-cluster-critical
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'FailedCreate' }).length, 0, 'no FailedCreate');
    const p = h.podsOf('crit')[0];
    h.eq([p.spec.priorityClassName, p.spec.priority, p.spec.preemptionPolicy], ['system-cluster-critical', 2000000000, 'PreemptLowerPriority'], 'pod');
  },
};
