// An unknown class is refused before the stated priority is compared: the message names the class.
export default {
  id: 'prio/adm-unknown-class-before-priority',
  source: 'plugin/pkg/admission/priority/admission.go admitPod (p.lister.Get NotFound -> "no PriorityClass with name %v was found" returns before the priority comparison)',
  args: ['--duration', '2s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: u }
spec:
  template:
    spec:
      priorityClassName: gold
      priority: 5
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const fc = h.events({ kind: 'Job', name: 'u' });
    h.eq(fc.map((e) => h.sec(e.firstTimestamp)), [0, 1], 'FailedCreate times');
    h.eq(fc[0].message, 'Error creating: pods "u-" is forbidden: no PriorityClass with name gold was found', 'message');
  },
};
