// kubectl delete job (background) while its 2 pods run: the garbage collector deletes the pods, each
// kubelet records Killing "Stopping container c" at the deletion time; the Job controller records nothing
// (no SuccessfulDelete, no Completed/Failed) for a Job that is gone.
export default {
  id: 'events/ev19-job-delete-running-pods',
  source: 'garbagecollector.go attemptToDeleteItem (no events); kubelet kuberuntime_container.go killContainer ("Stopping container %s"); job_controller.go syncJob (Job not found: return)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  timeline:
  - {at: 20s, delete: {kind: Job, name: del}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: del}
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: {annotations: {jobsim/duration: "5m"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const later = r.events.filter((e) => h.sec(e.firstTimestamp) > 0).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.kind, e.reason, e.message, e.source.component]);
    h.eq(later, [[20, 'Pod', 'Killing', 'Stopping container c', 'kubelet'], [20, 'Pod', 'Killing', 'Stopping container c', 'kubelet']], 'events after start');
  },
};
