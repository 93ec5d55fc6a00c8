// The pod is evicted exactly 300s after the NoExecute taint: TaintManagerEviction "Marking for
// deletion Pod ns/name", DisruptionTarget=True DeletionByTaintManager, graceful delete (30s), and it
// stays Terminating (phase Running) while the node is unreachable.
export default {
  id: 'cluster/taint-eviction-300s',
  source: 'pkg/controller/tainteviction/taint_eviction.go processPodOnNode/deletePodHandler; cronjob-and-friends.md §5.3',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 20m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const node = h.get('Node', 'w-1');
    const noExec = node.spec.taints.find((t) => t.effect === 'NoExecute');
    const taintAt = h.sec(noExec.timeAdded);
    const pod = h.podsOf('j').find((p) => p.spec.nodeName === 'w-1');
    const ev = h.events({ reason: 'TaintManagerEviction', name: pod.metadata.name });
    h.eq(ev.length, 1, 'one TaintManagerEviction event');
    h.eq([ev[0].type, ev[0].message, ev[0].source.component], ['Normal', `Marking for deletion Pod default/${pod.metadata.name}`, 'taint-eviction-controller'], 'event');
    h.eq(h.sec(ev[0].firstTimestamp), taintAt + 300, 'eviction 300s after the NoExecute taint');
    const dt = h.hasCond(pod, 'DisruptionTarget', 'DeletionByTaintManager');
    h.eq(dt.message, 'Taint manager: deleting due to NoExecute taint', 'DisruptionTarget message');
    h.eq(h.sec(dt.lastTransitionTime), taintAt + 300, 'DisruptionTarget time');
    h.eq(h.sec(pod.metadata.deletionTimestamp), taintAt + 330, 'deletionTimestamp = eviction + 30s grace');
    h.eq(pod.metadata.deletionGracePeriodSeconds, 30, 'deletionGracePeriodSeconds');
    h.eq(pod.status.phase, 'Running', 'stays Running (Terminating) on the unreachable node');
    h.assert(taintAt + 300 >= 60 + 340 && taintAt + 300 <= 60 + 355, `eviction at +${taintAt + 300}s, expected 5m40s..5m55s after the failure`);
  },
};
