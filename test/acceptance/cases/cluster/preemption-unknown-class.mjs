// Priority admission refuses a pod whose priorityClassName does not exist: the Job's pod create
// fails (FailedCreate) and no pod exists.
export default {
  id: 'cluster/preemption-unknown-class',
  source: 'plugin/pkg/admission/priority/admission.go (no PriorityClass with name %v was found); job_controller FailedCreate',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: p }
spec:
  duration: 2m
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      priorityClassName: nope
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('j').length, 0, 'no pod');
    const fc = h.events({ reason: 'FailedCreate', name: 'j' });
    h.assert(fc.length >= 1, 'FailedCreate');
    h.assert(fc[0].message.includes('no PriorityClass with name nope was found'), `message: ${fc[0].message}`);
    h.eq(fc[0].type, 'Warning', 'type');
  },
};
