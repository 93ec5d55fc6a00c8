// The built-in system-node-critical class (2000001000) exists without any document and may be used by
// pods outside kube-system (the 1.11-1.16 namespace restriction is gone from admitPod).
export default {
  id: 'prio/adm-system-node-critical-any-namespace',
  source: 'pkg/apis/scheduling/types.go SystemNodeCritical (SystemCriticalPriority + 1000); pkg/registry/scheduling/rest/storage_scheduling.go AddSystemPriorityClasses; plugin/pkg/admission/priority/admission.go admitPod (no namespace check; lister.Get)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: crit }
spec:
  duration: 1m
---
apiVersion: batch/v1
kind: Job
metadata: { name: agent, namespace: monitoring }
spec:
  template:
    spec:
      priorityClassName: system-node-critical
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'FailedCreate' }).length, 0, 'no FailedCreate');
    const p = h.podsOf('agent')[0];
    h.eq([p.metadata.namespace, p.spec.priorityClassName, p.spec.priority, p.spec.preemptionPolicy], ['monitoring', 'system-node-critical', 2000001000, 'PreemptLowerPriority'], 'pod priority');
    h.hasCond(h.job('agent', 'monitoring'), 'Complete');
  },
};
