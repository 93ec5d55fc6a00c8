// The global default applies only to pods naming no class: a pod naming a lower class (value omitted:
// 0) keeps it, in any namespace, and the default's Never policy does not leak into it.
export default {
  id: 'prio/adm-explicit-class-over-default',
  source: 'plugin/pkg/admission/priority/admission.go admitPod (named class: priority = pc.Value, preemptionPolicy = pc.PreemptionPolicy; default only when len(PriorityClassName) == 0); pkg/apis/scheduling/v1 PriorityClass.Value int32 (0 when absent); defaults.go SetDefaults_PriorityClass',
  args: ['--duration', '30s'],
  scenario: `
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: std }
value: 500
globalDefault: true
preemptionPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: scavenger }
description: value omitted
---
apiVersion: batch/v1
kind: Job
metadata: { name: named, namespace: team-a }
spec:
  template:
    spec:
      priorityClassName: scavenger
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: unnamed, namespace: team-b }
spec:
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.events({ reason: 'FailedCreate' }).length, 0, 'no FailedCreate');
    const n = h.podsOf('named')[0], u = h.podsOf('unnamed')[0];
    h.eq([n.metadata.namespace, n.spec.priorityClassName, n.spec.priority, n.spec.preemptionPolicy], ['team-a', 'scavenger', 0, 'PreemptLowerPriority'], 'named pod');
    h.eq([u.metadata.namespace, u.spec.priorityClassName, u.spec.priority, u.spec.preemptionPolicy], ['team-b', 'std', 500, 'Never'], 'unnamed pod');
  },
};
