// The pod succeeds at 10s; the Job is deleted at 10.5s, before the Job controller's batched sync (11s) counts it. The
// Job's last state is the one written before: active 1, no succeeded, no condition. The pod, Succeeded and still holding
// the tracking finalizer, is deleted by the GC with grace 0 (terminal: deletionTimestamp 10s, generation 2) and goes once
// the Job controller strips the finalizer of its orphan. No Completed event.
export default {
  id: 'deletion2/succeeded-pod-before-job-sync',
  source: 'job_controller.go (1s batching of pod updates; syncJob: Job not found -> return; deleteJob -> cleanupPodFinalizers); pod strategy CheckGracefulDelete (terminal: 0); rest/delete.go BeforeDelete',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: d}
spec:
  duration: 5m
  timeline:
  - {at: 10500ms, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([h.sec(j.metadata.deletionTimestamp), j.status.active, j.status.succeeded, j.status.conditions], [10, 1, undefined, undefined], 'Job last state');
    const p = h.podsOf('j')[0];
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.generation, p.metadata.finalizers], ['Succeeded', 10, 0, 2, undefined], 'pod');
    h.eq(h.events({ reason: 'Completed' }).length, 0, 'never Complete');
  },
};
