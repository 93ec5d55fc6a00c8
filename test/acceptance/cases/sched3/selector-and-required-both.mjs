// nodeSelector and required node affinity must both match: of three nodes, one matches only the
// selector, one only the affinity, one both; the pod goes to the last. A second such pod that no
// longer fits there is refused on all three ("didn't match" for two, cpu for one).
export default {
  id: 'sched3/selector-and-required-both',
  source: 'nodeaffinity/node_affinity_test.go TestNodeAffinity ("Pod with affinity that match node\'s labels and nodeSelector that don\'t" rows); component-helpers nodeaffinity GetRequiredNodeAffinity (nodeSelector AND affinity); FitError.Error',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: sel, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, labels: { team: a } }
    - { name: aff, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, labels: { disk: ssd } }
    - { name: both, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 }, labels: { team: a, disk: ssd } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeSelector: { team: a }
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms: [{ matchExpressions: [{ key: disk, operator: In, values: [ssd] }] }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: 1500m } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => p.spec.nodeName ?? null).sort(), ['both-1', null], 'one bound to both-1');
    const waiting = pods.find((p) => !p.spec.nodeName);
    h.eq(h.events({ reason: 'FailedScheduling', name: waiting.metadata.name }).map((e) => e.message), ["0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't match Pod's node affinity/selector. no new claims to deallocate, preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling."], 'message');
  },
};
