// A pod that tolerates the unreachable NoSchedule taint is bound to the already-unreachable node at +4m; its
// default 300s NoExecute toleration runs from its binding (processPodOnNode with now), not from the taint's
// timeAdded: evicted at 540s. Its replacement (created when the back-off from deletionTimestamp - grace = 540s
// passes, 550s) is bound there too and evicted 300s later.
export default {
  id: 'tainteviction/bound-to-unreachable-node-counts-from-binding',
  source: 'taint_eviction.go PodUpdated (nodeName changed) -> processPodOnNode(now); job_controller.go getFinishedTime (deletionTimestamp - grace for a pod without container status)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 15m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 1m, nodeDown: w-1 }
  timeline:
  - at: 4m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: ns }
      spec:
        template:
          spec:
            nodeSelector: { kubernetes.io/hostname: w-1 }
            tolerations: [{ key: node.kubernetes.io/unreachable, operator: Exists, effect: NoSchedule }]
            containers: [{ name: c, image: busybox:1.36 }]
            restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('ns');
    h.eq(pods.length, 3, 'three pods');
    h.eq(pods.map((p) => h.sec(h.events({ reason: 'Scheduled', name: p.metadata.name })[0].firstTimestamp)), [240, 550, 870], 'bindings');
    h.eq(pods.slice(0, 2).map((p) => h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp))), [[540], [850]], 'evicted 300s after each binding');
    h.eq(pods[0].status.phase, 'Pending', 'never started');
  },
};
