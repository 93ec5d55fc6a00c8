// kubectl drain of w-1 carrying pods of four Jobs in two namespaces. kubectl lists every pod with
// spec.nodeName=w-1 in all namespaces and evicts each (default --grace-period -1: no grace in the Eviction's
// DeleteOptions, so each pod's own). At 60s:
//  - a (2 running pods, no policy): both get DisruptionTarget and exit 143 on SIGTERM; counted failed (2), the
//    replacements wait the back-off for two failures (20s: 80s) and cannot be placed (w-1 cordoned, w-2 not
//    selected);
//  - team/b (Ignore on DisruptionTarget, 15s SIGTERM handling): Failed at 75s, not counted; its replacement
//    (10s after 75s) tolerates the unschedulable taint and lands on w-1 again (85s);
//  - f (already Failed at 5s, Job Failed): a terminal pod is evicted too: the condition is appended after the
//    kubelet's, grace 0 (CheckGracefulDelete: terminal phase), no Killing; the Job does not change.
//  - o's pod on w-2 is not touched.
export default {
  id: 'evict/ev05-drain-pods-of-four-jobs',
  source: 'staging/src/k8s.io/kubectl/pkg/drain/drain.go GetPodsForDeletion (fieldSelector spec.nodeName, all namespaces), filters.go (terminal pods Okay; unreplicatedFilter: controller ref Okay), evictPod (GracePeriodSeconds only if >= 0); eviction.go canIgnorePDB + addConditionAndDeletePod; strategy.go CheckGracefulDelete; job backoff_utils.go (20s for 2 failures)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  duration: 10m
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "4", memory: 8Gi, pods: 110}}
  faults:
  - {at: 60s, drainNode: w-1}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/duration: 2m}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: b, namespace: team}
spec:
  podFailurePolicy:
    rules:
    - {action: Ignore, onPodConditions: [{type: DisruptionTarget}]}
  template:
    metadata: {annotations: {jobsim/duration: 2m, jobsim/on-sigterm: 15s}}
    spec:
      tolerations: [{key: node.kubernetes.io/unschedulable, operator: Exists, effect: NoSchedule}]
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: o}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 2m}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-2}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: f}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/duration: 5s, jobsim/exit-codes: "3"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: w-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const a = h.podsOf('a');
    for (const p of a.slice(0, 2)) {
      const c = h.hasCond(p, 'DisruptionTarget', 'EvictionByEvictionAPI');
      h.eq([h.sec(c.lastTransitionTime), h.sec(p.metadata.deletionTimestamp), p.status.phase, h.exitCodeOf(p)], [60, 90, 'Failed', 143], `a ${p.metadata.name}`);
    }
    h.eq(a.slice(2).map((p) => [h.sec(p.metadata.creationTimestamp), p.spec.nodeName ?? null]), [[80, null], [80, null]], 'a replacements after 20s, unplaced');
    h.eq([h.job('a').status.failed, h.job('a').status.active], [2, 2], 'a counts');
    const b = h.ownedBy('Pod', 'b');
    h.eq(b.map((p) => [p.metadata.namespace, h.sec(p.metadata.creationTimestamp), p.spec.nodeName, p.status.phase]),
      [['team', 0, 'w-1', 'Failed'], ['team', 85, 'w-1', 'Succeeded']], 'team/b pods');
    h.hasCond(b[0], 'DisruptionTarget', 'EvictionByEvictionAPI');
    h.eq([h.exitCodeOf(b[0]), h.sec(b[0].status.containerStatuses[0].state.terminated.finishedAt)], [143, 75], 'b exits after 15s');
    const jb = h.job('b', 'team');
    h.eq([jb.status.failed ?? 0, jb.status.succeeded, h.sec(h.hasCond(jb, 'Complete').lastTransitionTime)], [0, 1, 206], 'team/b ignored');
    const [f] = h.podsOf('f');
    h.eq(f.status.conditions.map((c) => c.type).at(-1), 'DisruptionTarget', 'condition appended last on the terminal pod');
    h.eq([h.sec(h.cond(f, 'DisruptionTarget').lastTransitionTime), h.sec(f.metadata.deletionTimestamp), f.metadata.deletionGracePeriodSeconds, h.exitCodeOf(f)], [60, 60, 0, 3], 'f deleted at once');
    const jf = h.job('f');
    h.eq([jf.status.failed, h.sec(h.hasCond(jf, 'Failed', 'BackoffLimitExceeded').lastTransitionTime)], [1, 6], 'f unchanged');
    const [o] = h.podsOf('o');
    h.eq([o.spec.nodeName, o.status.phase, o.metadata.deletionTimestamp, h.cond(o, 'DisruptionTarget')], ['w-2', 'Succeeded', undefined, undefined], 'o untouched');
    h.eq(h.events({ reason: 'Killing' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.namespace, e.involvedObject.name.split('-')[0]]).sort(),
      [[60, 'default', 'a'], [60, 'default', 'a'], [60, 'team', 'b']], 'Killing only for running pods');
  },
};
