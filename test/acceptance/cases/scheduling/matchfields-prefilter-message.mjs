// Required affinity on metadata.name (matchFields In) is resolved in NodeAffinity's PreFilter: the
// other nodes are never filtered and get the absent-node status "node(s) didn't satisfy plugin(s)
// [NodeAffinity]" (UnschedulableAndUnresolvable), not ErrReasonPod.
export default {
  id: 'scheduling/matchfields-prefilter-message',
  source: 'node_affinity.go PreFilter (PreFilterResult{NodeNames} for matchFields metadata.name In); schedule_one.go findNodesThatFitPod (SetAbsentNodesStatus "node(s) didn\'t satisfy plugin(s) %v", sets.List(unscheduledPlugins)); types.go FitError.Error',
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
metadata: { name: pin }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchFields: [{ key: metadata.name, operator: In, values: [w-2] }]
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('pin');
    h.eq(pods.filter((p) => p.spec.nodeName).map((p) => p.spec.nodeName), ['w-2'], 'one bound, to w-2');
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.length, 1, 'one FailedScheduling');
    h.eq(fs[0].message, "0/3 nodes are available: 1 Insufficient cpu, 2 node(s) didn't satisfy plugin(s) [NodeAffinity]. no new claims to deallocate, preemption: 0/3 nodes are available: 1 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.", 'message');
  },
};
