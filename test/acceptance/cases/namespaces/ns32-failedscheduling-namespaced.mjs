// An unschedulable pod in namespace big: FailedScheduling is recorded on the pod, stored in big, with the scheduler's
// message "0/3 nodes are available: 3 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
export default {
  id: 'namespaces/ns32-failedscheduling-namespaced',
  source: 'pkg/scheduler/schedule_one.go handleSchedulingFailure (FailedScheduling event on the pod); framework Diagnosis message',
  args: ['--duration', '30s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: big}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox, resources: {requests: {cpu: "8"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const f = r.events.filter((e) => e.reason === 'FailedScheduling');
    h.eq(f.length, 1, 'one FailedScheduling');
    h.eq([f[0].type, f[0].metadata.namespace, f[0].involvedObject.namespace, f[0].involvedObject.kind, f[0].source.component], ['Warning', 'big', 'big', 'Pod', 'default-scheduler'], 'envelope');
    h.eq(f[0].message, '0/3 nodes are available: 3 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.', 'message');
  },
};
