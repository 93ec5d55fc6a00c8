// A running pod with terminationGracePeriodSeconds 0, collected when its Job is deleted (kubectl: background) at 30s:
// the garbage collector's DELETE gets grace 0 (deletionTimestamp 30s, deletionGracePeriodSeconds 0, generation 2), the
// job-tracking finalizer holds it until the Job controller strips it, and then it is removed from storage at once.
// The kubelet still kills the running container and says so: Normal Killing "Stopping container c" at 30s (it sees
// the deletionTimestamp, or at the latest the removal, and kills the pod it knows through killContainer, which records
// the event for every container it stops). No DisruptionTarget condition: neither the GC nor the kubelet writes one.
export default {
  id: 'deletion2/grace-zero-running-pod-killing-event',
  source: 'pkg/registry/core/pod/strategy.go CheckGracefulDelete (spec grace 0); rest/delete.go BeforeDelete; pkg/kubelet/kubelet.go HandlePodUpdates/HandlePodRemoves -> podWorkers SyncTerminatingPod -> kuberuntime_container.go killContainer (recordContainerEvent Killing "Stopping container %s")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 5m
  timeline:
  - {at: 30s, delete: {kind: Job, name: j}}
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
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.generation, p.metadata.finalizers], [30, 0, 2, undefined], 'pod deleted with grace 0');
    h.eq((p.status.conditions ?? []).filter((c) => c.type === 'DisruptionTarget').length, 0, 'no DisruptionTarget');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.source.component, e.message]), [[30, 'kubelet', 'Stopping container c']], 'the kubelet kills the running container');
  },
};
