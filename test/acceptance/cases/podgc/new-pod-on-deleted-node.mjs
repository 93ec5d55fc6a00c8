// Node w-1 is deleted at 10s (it holds no pod then). At 65s a Job is created whose template pins spec.nodeName: w-1
// (no scheduler involved; the API server does not check that the node exists). Upstream the pod GC lists every pod
// at each 20s pass: the pass at 80s finds a pod bound to a node absent from the informer and queues the node name
// for the 40s quarantine (nodeQueue.AddAfter), the pass at 120s confirms it is gone (GET NotFound) and marks the pod
// Failed with DisruptionTarget DeletionByPodGC, then force-deletes it. The Job counts it failed and creates a
// replacement 10s after its finish time (deletionTimestamp - grace 0 = 120s): 130s; that one is GC'd the same way
// (pass 140s sees it, 180s deletes it), and with backoffLimit 1 the Job fails (failed 2 > 1) in the sync at 181s.
export default {
  id: 'podgc/new-pod-on-deleted-node',
  source: 'pkg/controller/podgc/gc_controller.go gc -> gcOrphaned (every pod with a NodeName absent from the node lister is quarantined, on every pass, not only when the node is deleted) -> discoverDeletedNodes -> markFailedAndDeletePodWithCondition; backoff_utils.go getFinishedTime (deletionTimestamp - grace)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p1}
spec:
  duration: 5m
  cluster:
    nodePools: [{name: w, count: 2}]
  faults:
  - {at: 10s, deleteNode: w-1}
  timeline:
  - at: 65s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: late}
      spec:
        backoffLimit: 1
        template:
          metadata: {annotations: {jobsim/duration: "1h"}}
          spec:
            nodeName: w-1
            containers: [{name: c, image: busybox}]
            restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('late');
    h.eq(pods.length, 2, 'two pods (the first and its replacement)');
    const [p1, p2] = pods;
    h.eq([h.sec(p1.metadata.creationTimestamp), p1.status.phase, h.sec(p1.metadata.deletionTimestamp)], [65, 'Failed', 120], 'first pod: created 65s, GC-ed at the 120s pass');
    const dt = h.hasCond(p1, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq([dt.message, h.sec(dt.lastTransitionTime)], ['PodGC: node no longer exists', 120], 'DisruptionTarget');
    h.eq([h.sec(p2.metadata.creationTimestamp), p2.status.phase, h.sec(p2.metadata.deletionTimestamp)], [130, 'Failed', 180], 'replacement: created 130s, GC-ed at 180s');
    const job = h.job('late');
    const f = h.hasCond(job, 'Failed', 'BackoffLimitExceeded');
    h.eq([h.sec(f.lastTransitionTime), job.status.failed], [181, 2], 'Job failed after the second GC');
  },
};
