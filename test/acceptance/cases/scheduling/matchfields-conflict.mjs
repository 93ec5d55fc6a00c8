// One term with two matchFields In on metadata.name whose intersection is empty: NodeAffinity's
// PreFilter rejects the pod with "pod affinity terms conflict" (the PreFilter message replaces the
// per-node histogram). That UnschedulableAndUnresolvable ends the PreFilter phase before
// DynamicResources' PreFilter (last in the default profile since 1.34) writes its cycle state, so its
// PostFilter, which runs first, fails reading it (an Error, "not found") and DefaultPreemption never
// runs: the PostFilter message is "not found" (1.33, without DynamicResources, had the preemption one).
export default {
  id: 'scheduling/matchfields-conflict',
  source: 'node_affinity.go PreFilter (errReasonConflict "pod affinity terms conflict", UnschedulableAndUnresolvable); schedule_one.go findNodesThatFitPod (Diagnosis.PreFilterMsg); types.go FitError.Error (PreFilterMsg with SeparatorFormat, no histogram; PostFilterMsg after " "); runtime/framework.go RunPreFilterPlugins (returns at the first UnschedulableAndUnresolvable) and RunPostFilterPlugins (an Error status ends the phase); dynamicresources.go PostFilter (getStateData error -> statusError); CycleState.Read (ErrNotFound "not found")',
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
metadata: { name: conflict }
spec:
  template:
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
            - matchFields:
              - { key: metadata.name, operator: In, values: [w-1] }
              - { key: metadata.name, operator: In, values: [w-2] }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('conflict')[0];
    h.eq(p.spec.nodeName, undefined, 'not bound');
    const msg = '0/3 nodes are available: pod affinity terms conflict. not found';
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name })[0].message, msg, 'message');
    h.eq(h.anyCond(p, 'PodScheduled').message, msg, 'PodScheduled message');
  },
};
