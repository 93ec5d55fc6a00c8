// A globalDefault class with preemptionPolicy Never gives that policy to every pod without a class; a
// template stating PreemptLowerPriority (the usual default) is then refused, "computed Never".
export default {
  id: 'prio/adm-global-default-policy-never',
  source: 'plugin/pkg/admission/priority/admission.go getDefaultPriority (dpc.PreemptionPolicy); admitPod (PreemptionPolicy mismatch Forbidden)',
  args: ['--duration', '20s'],
  scenario: `
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: no-preempt }
value: 10
globalDefault: true
preemptionPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: explicit }
spec:
  template:
    spec:
      preemptionPolicy: PreemptLowerPriority
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
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
    const fc = h.events({ kind: 'Job', name: 'explicit', reason: 'FailedCreate' });
    h.assert(fc.length >= 1, 'explicit: FailedCreate');
    h.eq(fc[0].message, 'Error creating: pods "explicit-" is forbidden: the string value of PreemptionPolicy (PreemptLowerPriority) must not be provided in pod spec; priority admission controller computed Never from the given PriorityClass name', 'explicit: message');
    h.eq(h.podsOf('explicit').length, 0, 'explicit: no pod');
    const p = h.podsOf('plain')[0];
    h.eq([p.spec.priorityClassName, p.spec.priority, p.spec.preemptionPolicy], ['no-preempt', 10, 'Never'], 'plain pod');
  },
};
