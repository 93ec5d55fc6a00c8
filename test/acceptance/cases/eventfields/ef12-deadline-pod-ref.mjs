// The kubelet's activeDeadlineSeconds handler records DeadlineExceeded on the Pod itself (no fieldPath):
// Normal "Pod was active on the node longer than the specified deadline" at +20s; then Killing on the
// container (fieldPath spec.containers{c}).
export default {
  id: 'eventfields/ef12-deadline-pod-ref',
  source: 'pkg/kubelet/active_deadline.go ShouldEvict (m.recorder.Eventf(pod, Normal, reason, message)); kuberuntime_container.go killContainer (container ref)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: dl}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      activeDeadlineSeconds: 20
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const ev = r.events.filter((e) => e.source.component === 'kubelet' && h.sec(e.firstTimestamp) > 0);
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message, e.involvedObject.fieldPath ?? null]), [
      [20, 'Normal', 'DeadlineExceeded', 'Pod was active on the node longer than the specified deadline', null],
      [20, 'Normal', 'Killing', 'Stopping container c', 'spec.containers{c}'],
    ], 'deadline events');
  },
};
