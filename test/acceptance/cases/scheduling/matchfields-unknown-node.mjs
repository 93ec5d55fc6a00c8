// matchFields metadata.name In [a node that does not exist]: PreFilter restricts to that name, the
// snapshot has no such node, so every node gets the absent-node status.
export default {
  id: 'scheduling/matchfields-unknown-node',
  source: 'node_affinity.go PreFilter; schedule_one.go findNodesThatFitPod ("PreRes may return nodeName(s) which do not exist"; SetAbsentNodesStatus); preemption.go findCandidates (no Unschedulable node)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: ghost }
spec:
  template:
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchFields: [{ key: metadata.name, operator: In, values: [w-9] }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('ghost')[0];
    h.eq(p.spec.nodeName, undefined, 'not bound');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name })[0].message, "0/3 nodes are available: 3 node(s) didn't satisfy plugin(s) [NodeAffinity]. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.", 'message');
  },
};
