// One node with two pool NoExecute taints (maint=x, keep), silent from 60s to 180s (Unknown 110s, NoExecute
// unreachable 115s, removed at the 185s pass). Three Jobs pinned to it:
//  a tolerates maint 600s, keep forever, unreachable 0s: the plan made at binding (0s + 600s) is kept when
//    the unreachable taint comes (CreatedAt + min(0) is before now + 0): evicted at 600s, not at 115s.
//  b tolerates maint and keep forever (no plan) and gets the default unreachable 300s: planned at 115s
//    for 415s, cancelled with its event at 185s although the node keeps NoExecute taints (min -1: forever).
//  c tolerates every NoExecute taint 90s: each pod is evicted 90s after its binding; the one bound at
//    100s (node silent but not yet Unknown) starts only at 180s, keeps its 190s plan through the
//    unreachable taint and its removal, and is killed at 190s; the failures back off 10s, 20s, 40s, ...
export default {
  id: 'disrupt/mixed-tolerations-three-pods-one-node',
  source: 'taint_eviction.go processPodOnNode (scheduledEviction: startTime.Add(minTolerationTime).Before(triggerTime) -> return; minTolerationTime < 0 -> cancelWorkWithEvent), getMinTolerationTime, handleNodeUpdate; v1helper GetMatchingTolerations; defaulttolerationseconds admission',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 }, taints: [{ key: maint, value: "x", effect: NoExecute }, { key: keep, effect: NoExecute }] }
    - { name: x, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1, for: 2m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations:
      - { key: maint, operator: Equal, value: "x", effect: NoExecute, tolerationSeconds: 600 }
      - { key: keep, operator: Exists }
      - { key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 0 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: b }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations:
      - { key: maint, operator: Exists, effect: NoExecute }
      - { key: keep, operator: Exists, effect: NoExecute }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: c }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations:
      - { operator: Exists, effect: NoExecute, tolerationSeconds: 90 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never`,
  check(r, h) {
    const ev = (name) => h.events({ reason: 'TaintManagerEviction', name }).map((e) => [h.sec(e.firstTimestamp), e.message.replace(/ of Pod .*| Pod .*/, '')]);
    const [a0, a1] = h.podsOf('a');
    h.eq(a0.spec.tolerations.length, 4, 'a: only not-ready default added');
    h.eq(ev(a0.metadata.name), [[600, 'Marking for deletion']], 'a: the 600s plan kept');
    h.eq(h.sec(h.hasCond(a0, 'DisruptionTarget', 'DeletionByTaintManager').lastTransitionTime), 600, 'a: condition');
    h.eq(h.sec(a1.metadata.creationTimestamp), 610, 'a: replacement after 10s');
    const [b0, ...bRest] = h.podsOf('b');
    h.eq(bRest.length, 0, 'b: never replaced');
    h.eq(ev(b0.metadata.name), [[185, 'Cancelling deletion']], 'b: cancelled at the pass after the return');
    h.noCond(b0, 'DisruptionTarget');
    h.eq([b0.status.phase, h.sec(h.cond(b0, 'Ready')?.lastTransitionTime)], ['Running', 180], 'b: Ready again at the return');
    const cs = h.podsOf('c');
    h.eq(cs.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 100, 210, 340, 510, 760], 'c: pods created');
    h.eq(cs.map((p) => ev(p.metadata.name)[0]?.[0]), [90, 190, 300, 430, 600, 850], 'c: evicted 90s after binding');
    h.eq(cs[0].spec.tolerations.length, 1, 'c: wildcard NoExecute toleration, no defaults');
    h.eq(cs.slice(0, 2).map((p) => h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)), [180, 190], 'c: killed at the return, then at its eviction');
    h.eq(h.job('c').status.failed, 6, 'c: failures');
  },
};
