// A pod without priorityClassName gets the globalDefault class: the Priority admission writes the
// class name, its value and its preemptionPolicy into the pod spec.
export default {
  id: 'scheduling/priority-global-default',
  source: 'plugin/pkg/admission/priority/admission.go admitPod (getDefaultPriority; pod.Spec.PriorityClassName = pcName; Priority; PreemptionPolicy)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 1m
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: batch-default }
value: 77
globalDefault: true
preemptionPolicy: Never
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
    const p = h.podsOf('plain')[0];
    h.eq([p.spec.priorityClassName, p.spec.priority, p.spec.preemptionPolicy], ['batch-default', 77, 'Never'], 'defaulted priority');
    h.eq(h.job('plain').spec.template.spec.priorityClassName, undefined, 'the Job template is untouched');
  },
};
