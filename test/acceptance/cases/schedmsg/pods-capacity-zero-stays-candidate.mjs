// "Too many pods" is never Unresolvable (fitsRequest sets Unresolvable only for cpu, memory, ephemeral
// storage and scalar resources): a node that allows 0 pods is still dry-run by preemption and reported as
// having no victims, while a node with the wrong label is not.
export default {
  id: 'schedmsg/pods-capacity-zero-stays-candidate',
  source: 'noderesources/fit.go fitsRequest (the ResourcePods InsufficientResource has no Unresolvable; requests all zero return early with only that reason) and Filter (Unschedulable); preemption.go findCandidates (NodesForStatusCode Unschedulable); nodeaffinity Filter',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: closed, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 0 }, labels: { tier: batch } }
    - { name: web, count: 1, capacity: { cpu: "4", memory: 8Gi, pods: 110 }, labels: { tier: web } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      nodeSelector: { tier: batch }
      restartPolicy: Never
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    // 1.34+ also runs DynamicResources' PostFilter ("no new claims to deallocate"): see dra-postfilter-no-victims; left out here
    const N = (m) => (typeof m === 'string' ? m.replace('. no new claims to deallocate, preemption: ', '. preemption: ') : m);
    const p = h.podsOf('j')[0];
    const msg = "0/2 nodes are available: 1 Too many pods, 1 node(s) didn't match Pod's node affinity/selector. preemption: 0/2 nodes are available: 1 No preemption victims found for incoming pod, 1 Preemption is not helpful for scheduling.";
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), N(e.message)]), [[0, msg]], 'FailedScheduling');
    h.eq(N(h.anyCond(p, 'PodScheduled')?.message), msg, 'PodScheduled message');
  },
};
