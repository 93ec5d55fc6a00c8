// w-1 is cordoned at 30s for 2m (NodeNotSchedulable at the kubelet's 31s sync) and silent from 60s. A
// crash-looping OnFailure pod (Ready False since its last exit at 50s, waiting in CrashLoopBackOff) and a
// running pod are on it. At Unknown (110s) MarkPodsNotReady changes only the running pod's Ready (event
// "Node is not ready"); for the crash-looping one UpdatePodCondition finds nothing to change: no update,
// no event. The uncordon at 150s removes the unschedulable taint (no kubelet event: it is silent); both
// pods are still evicted at 415s (taint at 115s + 300s) and counted failed.
export default {
  id: 'disrupt/crashloop-pod-no-notready-event-cordon-while-down',
  source: 'controller/util/node/controller_utils.go MarkPodsNotReady (UpdatePodCondition false -> break, no UpdateStatus, no event); node_lifecycle_controller.go doNoScheduleTaintingPass (Spec.Unschedulable); taint_eviction.go processPodOnNode (phase not checked)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: d }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
    - { name: x, count: 1, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 30s, cordonNode: w-1, for: 2m }
  - { at: 60s, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: crash }
spec:
  backoffLimit: 10
  template:
    metadata: { annotations: { jobsim/duration: "5s", jobsim/exit-codes: "1" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
---
apiVersion: batch/v1
kind: Job
metadata: { name: ok }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never`,
  check(r, h) {
    const [c] = h.podsOf('crash');
    const [o] = h.podsOf('ok');
    h.eq(h.events({ reason: 'NodeNotReady', kind: 'Pod' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name]), [[110, o.metadata.name]], 'only the ready pod');
    const rc = h.anyCond(c, 'Ready');
    h.eq([rc.status, rc.reason, h.sec(rc.lastTransitionTime)], ['False', 'ContainersNotReady', 50], 'crash-looping pod Ready untouched');
    h.eq(c.status.containerStatuses[0].state.waiting?.reason, 'CrashLoopBackOff', 'still in back-off');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.name]).sort(), [[415, c.metadata.name], [415, o.metadata.name]].sort(), 'both evicted');
    h.eq((h.get('Node', 'w-1').spec.taints ?? []).map((t) => [t.key, t.effect, h.sec(t.timeAdded)]), [['node.kubernetes.io/unreachable', 'NoSchedule', 110], ['node.kubernetes.io/unreachable', 'NoExecute', 115]], 'unschedulable taint gone');
    h.eq(h.get('Node', 'w-1').spec.unschedulable ?? false, false, 'uncordoned');
    h.eq(h.events({ reason: 'NodeSchedulable' }).length, 0, 'silent kubelet: no NodeSchedulable');
    h.eq([h.job('crash').status.failed, h.job('ok').status.failed], [1, 1], 'counted');
  },
};
