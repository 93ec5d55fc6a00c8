// A pod naming a RuntimeClass that does not exist is refused by the RuntimeClass admission plugin
// (enabled by default): the Job controller's every create fails with FailedCreate. A scenario cannot
// declare RuntimeClass objects, so every runtimeClassName is unknown.
export default {
  id: 'scheduler2/runtimeclass-not-found',
  source: 'plugin/pkg/admission/runtimeclass/admission.go prepareObjects (admission.NewForbidden: "pod rejected: RuntimeClass %q not found"); apiserver admission.NewForbidden (generateName as the name); job_controller FailedCreate "Error creating: %v"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 30s
---
apiVersion: batch/v1
kind: Job
metadata: { name: rc }
spec:
  template:
    spec:
      runtimeClassName: gvisor
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('rc').length, 0, 'no pod is created');
    const fc = h.events({ reason: 'FailedCreate', name: 'rc' });
    h.assert(fc.length >= 1, 'FailedCreate');
    h.eq(fc[0].message, 'Error creating: pods "rc-" is forbidden: pod rejected: RuntimeClass "gvisor" not found', 'message');
  },
};
