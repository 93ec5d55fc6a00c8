// An Eviction API call (100s) on a pod of a down out-of-service node (NotReady since 60s): DisruptionTarget
// EvictionByEvictionAPI, graceful delete, stuck Terminating. With a podFailurePolicy (podReplacementPolicy Failed)
// nothing is counted or replaced until the pod GC pass at 120s marks it Failed (gcTerminating, no condition of its
// own); the Ignore rule matches the eviction's DisruptionTarget: not counted, replaced at 121s.
export default {
  id: 'podgc/oos-evictpod-pfp-ignore',
  source: 'podgc gc_controller.go gcTerminating -> markFailedAndDeletePod; registry/core/pod/storage/eviction.go (DisruptionTarget EvictionByEvictionAPI "Eviction API: evicting"); reference cronjob-and-friends §5.5',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: q12}
spec:
  duration: 5m
  cluster:
    nodePools:
    - name: w
      count: 1
      taints: [{key: node.kubernetes.io/out-of-service, value: nodeshutdown, effect: NoSchedule}]
    - {name: x, count: 1}
  faults:
  - {at: 10s, nodeDown: w-1}
  - {at: 100s, evictPod: default/j-bn7wn}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - {action: Ignore, onPodConditions: [{type: DisruptionTarget}]}
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      tolerations: [{key: node.kubernetes.io/out-of-service, operator: Exists, effect: NoSchedule}]
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const [p, q, ...rest] = h.podsOf('j');
    h.eq(rest.length, 0, 'two pods');
    h.eq([p.metadata.name, p.status.phase], ['j-bn7wn', 'Failed'], 'evicted pod failed by the pod GC');
    const dt = h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq([dt.message, h.sec(dt.lastTransitionTime)], ['Eviction API: evicting', 100], 'condition of the eviction');
    h.eq(h.sec(q.metadata.creationTimestamp), 121, 'replaced after the 120s pass');
    const job = h.job('j');
    h.noCond(job, 'Failed');
    h.eq([job.status.failed ?? 0, job.status.active], [0, 1], 'ignored');
  },
};
