// LeastAllocated + BalancedAllocation: 6 identical pods on 3 empty identical nodes land 2 per node.
export default {
  id: 'cluster/sched-spread-least-allocated',
  source: 'noderesources/least_allocated.go, balanced_allocation.go; cronjob-and-friends.md §7 scoring',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 3, capacity: { cpu: "8", memory: 16Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: spread }
spec:
  completions: 6
  parallelism: 6
  template:
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "1", memory: 1Gi } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const count = {};
    for (const p of h.podsOf('spread')) count[p.spec.nodeName] = (count[p.spec.nodeName] ?? 0) + 1;
    h.eq(Object.keys(count).sort().map((k) => [k, count[k]]), [['w-1', 2], ['w-2', 2], ['w-3', 2]], 'pods per node');
    for (const e of h.events({ reason: 'Scheduled' })) h.eq(e.message, `Successfully assigned default/${e.involvedObject.name} to ${h.get('Pod', e.involvedObject.name).spec.nodeName}`, 'Scheduled message');
  },
};
