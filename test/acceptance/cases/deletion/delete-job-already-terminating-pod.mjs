// One node stops answering at 10s. The Job is suspended at 20s: its pod loses the tracking finalizer and is deleted
// (grace 30: deletionTimestamp 50s), stuck Terminating on the dead node. The Job is deleted at 40s: the garbage
// collector skips a dependent that is already being deleted, so the pod's deletionTimestamp stays 50s.
export default {
  id: 'deletion/delete-job-already-terminating-pod',
  source: 'garbagecollector attemptToDeleteItem (item with DeletionTimestamp and no foregroundDeletion finalizer: nothing to do); rest/delete.go BeforeDelete (an object being deleted: only a shorter grace period changes it); job_controller.go deleteJobPods (finalizer removed before DELETE)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 3m
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "4", memory: 16Gi, pods: 110}}
  faults:
  - {at: 10s, nodeDown: w-1, for: 1h}
  timeline:
  - {at: 20s, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 40s, delete: {kind: Job, name: j}}
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
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.finalizers, p.status.phase], [50, 30, undefined, 'Running'], 'deleted once, by the suspend');
    const j = h.job('j');
    h.eq(h.sec(j.metadata.deletionTimestamp), 40, 'Job deleted at 40s');
    h.hasCond(j, 'Suspended', 'JobSuspended');
  },
};
