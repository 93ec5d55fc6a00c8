// A kubelet that was down admits the pods bound to it meanwhile when it is back, oldest first, each against the
// pods it admitted before it. Node w-1 (1 CPU) is down 0-60s; Job "a" (created 0s) and Job "b" (created 1s) each
// put a 1-CPU pod on it by spec.nodeName. At 60s a's pod is admitted and runs (60-70s); b's is rejected OutOfcpu
// (used 1000). Its finish time is its creation (1s), so b's retry comes in the next sync (61s) and is rejected too
// (a still runs), this time finishing at 61s: the third pod waits 20s (81s), fits, and completes at 91s.
export default {
  id: 'backoff/admitted-on-return-oldest-first',
  source: 'kubelet.go HandlePodAdditions (sort.Sort(sliceutils.PodsByCreationTime(pods)); canAdmitPod(activePods admitted so far)), rejectPod; lifecycle/predicate.go InsufficientResourceError; backoff_utils.go getFinishedTime (creationTimestamp), getRemainingTime',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ret}
spec:
  cluster:
    nodePools: [{name: w, count: 1, capacity: {cpu: "1", memory: 4Gi, pods: 110}}]
  faults:
    - {at: 0s, nodeDown: w-1, for: 60s}
  timeline:
    - at: 1s
      create:
        apiVersion: batch/v1
        kind: Job
        metadata: {name: b}
        spec:
          template:
            spec:
              nodeName: w-1
              containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
              restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      nodeName: w-1
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "1"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const a = h.podsOf('a');
    h.eq(a.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, h.sec(p.status.startTime)]), [[0, 'Succeeded', 60]], 'a: pod [created, phase, startTime]');
    const b = h.podsOf('b');
    h.eq(b.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.status.reason ?? null]),
      [[1, 'Failed', 'OutOfcpu'], [61, 'Failed', 'OutOfcpu'], [81, 'Succeeded', null]], 'b: pods [created, phase, reason]');
    const msg = "Node didn't have enough resource: cpu, requested: 1000, used: 1000, capacity: 1000";
    h.eq(h.events({ reason: 'OutOfcpu' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name, e.message]),
      [[60, b[0].metadata.name, msg], [61, b[1].metadata.name, msg]], 'OutOfcpu events');
    h.eq([h.sec(h.job('a').status.completionTime), h.sec(h.job('b').status.completionTime), h.job('b').status.failed], [71, 92, 2], '[a complete, b complete, b failed]');
  },
};
