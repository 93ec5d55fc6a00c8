// The node is deleted (185s) while a pod's eviction is planned (taint + 75s = 190s). handleNodeUpdate on a
// deleted node only forgets its taints; the planned work is not cancelled and fires: event, DisruptionTarget,
// graceful delete. The node controller's RemovingNode comes at the next monitor pass (190s). The pod GC then
// force-deletes it at its pass 40s after noticing the node gone (pass at 200s -> 240s), replacing the condition's
// reason (DeletionByPodGC) but keeping its transition time.
export default {
  id: 'tainteviction/node-deleted-planned-eviction-fires',
  source: 'taint_eviction.go handleNodeUpdate (NotFound: delete(tc.taintedNodes) only); podgc gc_controller.go gcOrphaned (quarantine 40s); pkg/api/v1/pod UpdatePodCondition',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
  - { at: 185s, deleteNode: w-1 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: k }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      tolerations:
      - { key: node.kubernetes.io/unreachable, operator: Exists, effect: NoExecute, tolerationSeconds: 75 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('k')[0];
    const taintAt = h.sec(h.get('Node', 'w-1').spec.taints.find((t) => t.effect === 'NoExecute').timeAdded);
    h.eq(taintAt, 115, 'precondition: NoExecute at 115s (seed 1)');
    h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message.split(' ')[0]]), [[190, 'Marking']], 'eviction still fires after the node deletion');
    h.eq(h.events({ reason: 'RemovingNode' }).map((e) => h.sec(e.firstTimestamp)), [190], 'RemovingNode');
    const dt = h.hasCond(p, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq(h.sec(dt.lastTransitionTime), 190, 'transition time of the eviction kept');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp)], ['Failed', 220], 'failed by the pod GC; deletionTimestamp of the graceful delete');
  },
};
