// The built-in classes carry preemptionPolicy PreemptLowerPriority (defaulted when the API server
// creates them): a template that repeats the class's value and policy is accepted, one that asks for
// Never with system-cluster-critical is refused. An empty priorityClassName is "no class": the
// globalDefault (value omitted: 0, Never) applies and names the pod's class.
export default {
  id: 'prio/adm-system-class-policy-fixed',
  source: 'pkg/apis/scheduling/v1/helpers.go systemPriorityClasses (no PreemptionPolicy) + defaults.go SetDefaults_PriorityClass (PreemptLowerPriority); plugin/pkg/admission/priority/admission.go admitPod (len(PriorityClassName) == 0 -> getDefaultPriority; PreemptionPolicy mismatch Forbidden)',
  args: ['--duration', '3s'],
  scenario: `
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: zerodef }
globalDefault: true
preemptionPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: empty }
spec:
  template:
    spec:
      priorityClassName: ""
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: crit }
spec:
  template:
    spec:
      priorityClassName: system-cluster-critical
      priority: 2000000000
      preemptionPolicy: PreemptLowerPriority
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: critbad }
spec:
  template:
    spec:
      priorityClassName: system-cluster-critical
      preemptionPolicy: Never
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const e = h.podsOf('empty')[0], c = h.podsOf('crit')[0];
    h.eq([e.spec.priorityClassName, e.spec.priority, e.spec.preemptionPolicy], ['zerodef', 0, 'Never'], 'empty pod');
    h.eq([c.spec.priorityClassName, c.spec.priority, c.spec.preemptionPolicy], ['system-cluster-critical', 2000000000, 'PreemptLowerPriority'], 'crit pod');
    const fc = h.events({ kind: 'Job', name: 'critbad' });
    h.eq(fc.map((x) => [h.sec(x.firstTimestamp), x.reason]), [[0, 'FailedCreate'], [1, 'FailedCreate'], [3, 'FailedCreate']], 'critbad events');
    h.eq(fc[0].message, 'Error creating: pods "critbad-" is forbidden: the string value of PreemptionPolicy (Never) must not be provided in pod spec; priority admission controller computed PreemptLowerPriority from the given PriorityClass name', 'critbad message');
    h.eq(h.events({ reason: 'FailedCreate' }).length, 3, 'only critbad refused');
  },
};
