// Suspending a Job whose running pod has terminationGracePeriodSeconds 0: the Job controller deletes the pod
// (SuccessfulDelete "Deleted pod: ..." at 30s, through RealPodControl.DeletePod) with grace 0, then removes its
// tracking finalizer, so the pod leaves storage at once. The kubelet still stops the running container: Normal Killing
// "Stopping container c" at 30s. The Job ends Suspended with no active pod.
export default {
  id: 'deletion2/grace-zero-suspend-killing-event',
  source: 'pkg/controller/controller_utils.go RealPodControl.DeletePod (event SuccessfulDelete "Deleted pod: %v"); job_controller.go manageJob (suspend: deleteJobPods); pkg/kubelet/kuberuntime/kuberuntime_container.go killContainer (Killing event for each container stopped)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 5m
  timeline:
  - {at: 30s, patch: {kind: Job, name: j, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      terminationGracePeriodSeconds: 0
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [30, 0], 'grace 0');
    const name = p.metadata.name;
    h.eq(h.events({ reason: 'SuccessfulDelete', name: 'j' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, `Deleted pod: ${name}`]], 'Job controller SuccessfulDelete');
    h.eq(h.events({ reason: 'Killing', name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, 'Stopping container c']], 'Killing');
    h.hasCond(h.job('j'), 'Suspended', 'JobSuspended');
  },
};
