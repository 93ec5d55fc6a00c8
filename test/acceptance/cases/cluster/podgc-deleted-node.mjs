// Node object deleted: after the pod GC's 40s quarantine (passes every 20s) the pod is set Failed
// with DisruptionTarget DeletionByPodGC "PodGC: node no longer exists" and force-deleted; the Job
// counts it failed and replaces it. node-controller says RemovingNode.
export default {
  id: 'cluster/podgc-deleted-node',
  source: 'pkg/controller/podgc/gc_controller.go gcOrphaned/markFailedAndDeletePodWithCondition (quarantineTime 40s, gcCheckPeriod 20s); node_lifecycle_controller.go monitorNodeHealth RemovingNode; cronjob-and-friends.md §5.4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 2m5s, deleteNode: w-1 }
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
    const pod = h.podsOf('j').find((p) => p.spec.nodeName === 'w-1');
    h.eq(pod.status.phase, 'Failed', 'phase');
    const dt = h.hasCond(pod, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq(dt.message, 'PodGC: node no longer exists', 'message');
    const t = h.sec(pod.metadata.deletionTimestamp);
    h.assert(t >= 125 + 40 && t <= 125 + 80, `force-deleted at +${t}s, expected 40..80s after +125s`);
    h.eq(h.sec(dt.lastTransitionTime), t, 'Failed and deleted in one pass');
    h.eq(pod.metadata.deletionGracePeriodSeconds ?? 0, 0, 'grace 0');
    h.eq(h.job('j').status.failed, 1, 'Job counts it failed');
    h.eq(h.podsOf('j').length, 3, 'replacement created');
    const rn = h.events({ reason: 'RemovingNode' });
    h.eq(rn.map((e) => [e.type, e.message, e.source.component, e.involvedObject.kind]), [['Normal', 'Node w-1 event: Removing Node w-1 from Controller', 'node-controller', 'Node']], 'RemovingNode event');
    h.assert(h.sec(rn[0].firstTimestamp) - 125 <= 5, 'RemovingNode within a monitor pass');
    h.eq(h.sec(h.get('Node', 'w-1').metadata.deletionTimestamp), 125, 'Node deletionTimestamp');
  },
};
