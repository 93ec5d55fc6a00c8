// spec.overhead may only come from a RuntimeClass: a pod that sets it without a RuntimeClass that
// defines an overhead is refused by the RuntimeClass admission's validation, so the Job's creates fail
// (the overhead never reaches the scheduler's effective request).
export default {
  id: 'scheduler2/overhead-without-runtimeclass',
  source: 'plugin/pkg/admission/runtimeclass/admission.go validateOverhead ("pod rejected: Pod Overhead set without corresponding RuntimeClass defined Overhead"); job_controller FailedCreate',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 30s
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: ov }
spec:
  template:
    spec:
      overhead: { cpu: 500m }
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 800m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('ov').length, 0, 'no pod is created');
    const fc = h.events({ reason: 'FailedCreate', name: 'ov' });
    h.assert(fc.length >= 1, 'FailedCreate');
    h.eq(fc[0].message, 'Error creating: pods "ov-" is forbidden: pod rejected: Pod Overhead set without corresponding RuntimeClass defined Overhead', 'message');
  },
};
