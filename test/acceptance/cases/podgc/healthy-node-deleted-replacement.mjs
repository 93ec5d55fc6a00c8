// A running pod's Node is deleted at 110s while the kubelet was healthy (no NotReady before): its Ready condition stays
// True. The pod GC quarantines w-1 at the 120s pass and at 160s patches the pod Failed, appending DisruptionTarget
// (UpdatePodCondition appends a new condition last, lastProbeTime null) and force-deletes it. The container status is
// left running, so getFinishedTime falls to deletionTimestamp - grace (0) = 160s: the replacement is created 10s
// later (170s). The pod GC records no event; pods.failed counts the pod.
export default {
  id: 'podgc/healthy-node-deleted-replacement',
  source: 'podgc gc_controller.go markFailedAndDeletePodWithCondition (no event recorder); pkg/api/v1/pod/util.go UpdatePodCondition; job backoff_utils.go getFinishedTime (containers -> Ready=False -> deletionTimestamp - grace); README metrics pods.failed',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p3}
spec:
  duration: 4m
  cluster:
    nodePools: [{name: w, count: 2}]
  faults:
  - {at: 110s, deleteNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      affinity:
        nodeAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
          - {weight: 1, preference: {matchExpressions: [{key: kubernetes.io/hostname, operator: In, values: [w-1]}]}}
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq(p.status.conditions.map((c) => [c.type, c.status, c.reason ?? null, c.lastProbeTime, h.sec(c.lastTransitionTime)]), [
      ['PodReadyToStartContainers', 'True', null, null, 0], ['Initialized', 'True', null, null, 0], ['Ready', 'True', null, null, 0],
      ['ContainersReady', 'True', null, null, 0], ['PodScheduled', 'True', null, null, 0], ['DisruptionTarget', 'True', 'DeletionByPodGC', null, 160],
    ], 'conditions: Ready kept, DisruptionTarget appended');
    h.assert(p.status.containerStatuses[0].state.running !== undefined, 'container status left running');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.metadata.finalizers], ['Failed', 160, 0, undefined], 'pod');
    h.eq(h.sec(q.metadata.creationTimestamp), 170, 'replacement 10s after the finish time (deletion)');
    h.eq(h.events({ name: p.metadata.name }).filter((e) => h.sec(e.firstTimestamp) >= 100).length, 0, 'no event about the GC-ed pod');
    h.eq(h.events().filter((e) => h.sec(e.firstTimestamp) >= 100).map((e) => [h.sec(e.firstTimestamp), e.reason, e.source.component]),
      [[115, 'RemovingNode', 'node-controller'], [170, 'SuccessfulCreate', 'job-controller'], [170, 'FailedScheduling', 'default-scheduler']], 'events after 100s');
    const job = h.job('j');
    h.eq([job.status.failed, job.status.active, job.status.ready, job.status.terminating], [1, 1, 0, 0], '[failed, active, ready, terminating]');
    h.eq(r.metrics.pods.failed, 1, 'pods.failed');
  },
};
