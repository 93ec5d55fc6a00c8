// With a globalDefault class (77), a pod without a class computes 77: a template stating priority 0
// is refused ("computed 77"), one stating 77 is accepted and gets the default class's name.
export default {
  id: 'prio/adm-global-default-priority-mismatch',
  source: 'plugin/pkg/admission/priority/admission.go admitPod (len(PriorityClassName) == 0 -> getDefaultPriority -> dpc.Name, dpc.Value; pod.Spec.PriorityClassName = pcName; priority mismatch Forbidden)',
  args: ['--duration', '30s'],
  scenario: `
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: batch-default }
value: 77
globalDefault: true
---
apiVersion: batch/v1
kind: Job
metadata: { name: zero }
spec:
  template:
    spec:
      priority: 0
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: match }
spec:
  template:
    spec:
      priority: 77
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const fc = h.events({ kind: 'Job', name: 'zero', reason: 'FailedCreate' });
    h.eq(fc.map((e) => h.sec(e.firstTimestamp)), [0, 1, 3, 7, 15], 'zero: FailedCreate times');
    h.eq(fc[0].message, 'Error creating: pods "zero-" is forbidden: the integer value of priority (0) must not be provided in pod spec; priority admission controller computed 77 from the given PriorityClass name', 'zero: message');
    h.eq(h.events({ kind: 'Job', name: 'match', reason: 'FailedCreate' }).length, 0, 'match: no FailedCreate');
    const p = h.podsOf('match')[0];
    h.eq([p.spec.priorityClassName, p.spec.priority, p.spec.preemptionPolicy], ['batch-default', 77, 'PreemptLowerPriority'], 'match pod');
  },
};
