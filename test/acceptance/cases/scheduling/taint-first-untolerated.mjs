// The message names the first NoSchedule/NoExecute taint (in the node's order) that no toleration
// tolerates; PreferNoSchedule taints never filter.
export default {
  id: 'scheduling/taint-first-untolerated',
  source: 'tainttoleration/taint_toleration.go Filter (FindMatchingUntoleratedTaint with DoNotScheduleTaintsFilterFunc: NoSchedule, NoExecute; "node(s) had untolerated taint(s)")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 2m
  cluster:
    nodePools:
    - name: t
      count: 2
      capacity: { cpu: "4", memory: 8Gi, pods: 110 }
      taints:
      - { key: soft, value: x, effect: PreferNoSchedule }
      - { key: team, value: a, effect: NoSchedule }
      - { key: evict, value: now, effect: NoExecute }
      - { key: zz, value: last, effect: NoSchedule }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    spec:
      tolerations: [{ key: team, operator: Equal, value: a, effect: NoSchedule }]
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: all }
spec:
  template:
    spec:
      tolerations:
      - { key: team, operator: Exists }
      - { key: evict, operator: Exists, effect: NoExecute }
      - { key: zz, operator: Equal, value: last }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name })[0].message, '0/2 nodes are available: 2 node(s) had untolerated taint(s). no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.', 'message');
    const a = h.podsOf('all')[0];
    h.assert(a.spec.nodeName === 't-1' || a.spec.nodeName === 't-2', `all: bound despite the PreferNoSchedule taint, got ${a.spec.nodeName}`);
    h.eq(h.events({ reason: 'FailedScheduling', name: a.metadata.name }).length, 0, 'all: no FailedScheduling');
  },
};
