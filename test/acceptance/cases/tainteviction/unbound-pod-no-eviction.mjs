// A pod that can only go to the unreachable node stays Pending (untolerated unreachable NoSchedule taint); it is
// not bound, so the taint manager plans nothing for it (handlePodUpdate returns on an empty nodeName).
export default {
  id: 'tainteviction/unbound-pod-no-eviction',
  source: 'taint_eviction.go handlePodUpdate (nodeName == "" -> return); getPodsAssignedToNode (spec.nodeName index)',
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
  - at: 3m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: pend }
      spec:
        template:
          spec:
            nodeSelector: { kubernetes.io/hostname: w-1 }
            containers: [{ name: c, image: busybox:1.36 }]
            restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('pend')[0];
    h.eq([p.status.phase, p.spec.nodeName, p.metadata.deletionTimestamp], ['Pending', undefined, undefined], 'pending, unbound, not deleted');
    h.eq(h.events({ reason: 'TaintManagerEviction' }).length, 0, 'no taint-manager event');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [180], 'one FailedScheduling');
  },
};
