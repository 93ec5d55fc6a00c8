// One node; it stops answering at 20s; the Job is deleted at 1m. The garbage collector deletes the running pod with grace
// 30 (deletionTimestamp 1m30s), the Job controller strips the tracking finalizer, but no kubelet confirms the
// termination: the pod stays Running with its deletionTimestamp (Terminating) to the end, with no Killing event.
export default {
  id: 'deletion/delete-job-node-down-stays-terminating',
  source: 'pod strategy CheckGracefulDelete; kubelet status manager canBeDeleted (final delete only by the kubelet once terminal); reference cronjob §5.3 (pods left Terminating on an unreachable node)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 4m
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "4", memory: 16Gi, pods: 110}}
  faults:
  - {at: 20s, nodeDown: w-1, for: 1h}
  timeline:
  - {at: 1m, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(p.spec.nodeName, 'w-1', 'on the node that went down');
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds], [90, 30], 'graceful deletion requested at 1m');
    h.eq(p.status.phase, 'Running', 'never confirmed');
    h.eq(p.metadata.finalizers, undefined, 'tracking finalizer removed by the Job controller');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).length, 0, 'no kubelet to kill it');
  },
};
