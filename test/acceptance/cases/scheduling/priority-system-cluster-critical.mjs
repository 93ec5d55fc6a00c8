// The API server creates system-cluster-critical (2000000000) and system-node-critical
// (2000001000) at start-up; the Priority admission resolves them in any namespace.
export default {
  id: 'scheduling/priority-system-cluster-critical',
  source: 'pkg/apis/scheduling/types.go SystemPriorityClasses (SystemClusterCritical = 2000000000, SystemNodeCritical = SystemClusterCritical + 1000); pkg/registry/scheduling/rest/storage_scheduling.go AddSystemPriorityClasses; plugin/pkg/admission/priority/admission.go admitPod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 1m
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
    h.assert(p, 'a pod was created');
    h.eq([p.spec.priority, p.spec.preemptionPolicy], [2000000000, 'PreemptLowerPriority'], 'priority');
    h.hasCond(h.job('crit'), 'Complete');
  },
};
