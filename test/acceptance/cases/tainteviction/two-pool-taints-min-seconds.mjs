// Two NoExecute pool taints tolerated 120s and 30s: the minimum (30s) counts from each binding. With an Ignore rule
// for DisruptionTarget the evicted pods are not counted; each replacement is bound and again evicted 30s later.
export default {
  id: 'tainteviction/two-pool-taints-min-seconds',
  source: 'taint_eviction.go getMinTolerationTime (minimum over the used tolerations), processPodOnNode; TestUpdateNodeWithMultipleTaints',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nf }
spec:
  duration: 100s
  cluster:
    nodePools:
    - name: w
      count: 1
      capacity: { cpu: "4", memory: 4Gi, pods: 110 }
      taints: [{ key: a, effect: NoExecute }, { key: b, value: "1", effect: NoExecute }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  podFailurePolicy:
    rules:
    - { action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      tolerations:
      - { key: a, operator: Exists, effect: NoExecute, tolerationSeconds: 120 }
      - { key: b, operator: Equal, value: "1", effect: NoExecute, tolerationSeconds: 30 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('j');
    const bind = (p) => h.sec(h.events({ reason: 'Scheduled', name: p.metadata.name })[0].firstTimestamp);
    const evicted = pods.filter((p) => p.metadata.deletionTimestamp);
    h.assert(evicted.length >= 2, `at least two evictions, got ${evicted.length}`);
    for (const p of evicted) h.eq(h.events({ reason: 'TaintManagerEviction', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [bind(p) + 30], `${p.metadata.name} evicted 30s after binding`);
    h.eq(h.job('j').status.failed ?? 0, 0, 'ignored');
  },
};
