// Deleting a Job whose pod cannot be scheduled (requests 100 cpu): the garbage collector's DELETE of an unscheduled pod
// gets grace 0 (CheckGracefulDelete: no nodeName), so deletionTimestamp = the request time and
// deletionGracePeriodSeconds 0; the pod stays Pending and no kubelet event is emitted.
export default {
  id: 'deletion/delete-job-pending-pod-grace-zero',
  source: 'pkg/registry/core/pod/strategy.go CheckGracefulDelete ("if the pod is not scheduled, delete immediately"); rest/delete.go BeforeDelete (deletionTimestamp = now + grace)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 5m
  timeline:
  - {at: 40s, delete: {kind: Job, name: big}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: big}
spec:
  template:
    spec:
      terminationGracePeriodSeconds: 60
      containers:
      - name: c
        image: busybox
        resources: {requests: {cpu: "100"}}
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('big')[0];
    h.eq(p.spec.nodeName, undefined, 'never scheduled');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [40, 0], 'grace 0');
    h.eq(p.metadata.finalizers, undefined, 'finalizer removed');
    h.eq(p.status.phase, 'Pending', 'still Pending');
    h.eq(h.events({ kind: 'Pod', name: p.metadata.name }).filter((e) => e.source.component === 'kubelet').length, 0, 'no kubelet event');
    h.eq(h.sec(h.job('big').metadata.deletionTimestamp), 40, 'Job deleted at 40s');
  },
};
