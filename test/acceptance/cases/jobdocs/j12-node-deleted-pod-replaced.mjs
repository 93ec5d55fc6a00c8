// Job concept page, introduction: "The Job object will start a new Pod if the first Pod fails or is deleted (for
// example due to a node hardware failure ...)". node-2 (running the pod) is deleted at 5s; the pod GC quarantines the
// vanished node for 40s and, at its 60s pass, marks the pod Failed (DisruptionTarget DeletionByPodGC) and deletes it.
// The Job counts one failure; the replacement waits 10s from that deletion (70s), runs 2m on node-1: Complete at 191s.
export default {
  id: 'jobdocs/j12-node-deleted-pod-replaced',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/ (overview); pkg/controller/podgc/gc_controller.go gcOrphaned (quarantine 40s, markFailedAndDeletePod DeletionByPodGC); backoff_utils.go getFinishedTime (deletionTimestamp - grace)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: node-deleted }
spec:
  faults:
  - { at: 5s, deleteNode: node-2 }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: nd
spec:
  template:
    metadata:
      annotations:
        jobsim/duration: "2m"
    spec:
      containers:
      - name: main
        image: busybox:1.36
      restartPolicy: Never
`,
  check(r, h) {
    // The pod GC pass that ends the 40s quarantine is at 60s in jobsim's fixed 20s grid; upstream's sliding loop and
    // delaying queue put it at 60-80s, so the pass time is checked loosely and the rest relative to it.
    const [first, second] = h.podsOf('nd');
    h.eq([first.spec.nodeName, first.status.phase, first.status.conditions.find((c) => c.type === 'DisruptionTarget')?.reason], ['node-2', 'Failed', 'DeletionByPodGC'], 'lost pod');
    const gone = h.sec(first.metadata.deletionTimestamp);
    h.near(gone, 70, 10, 'pod GC pass after the 40s quarantine');
    h.eq([h.sec(second.metadata.creationTimestamp) - gone, second.spec.nodeName, second.status.phase], [10, 'node-1', 'Succeeded'], 'replacement 10s after the failure');
    const job = h.job('nd');
    h.eq([job.status.failed, job.status.succeeded, h.sec(job.status.completionTime) - gone], [1, 1, 131], 'status');
  },
};
