// As m01 with nodeTaintsPolicy: Honor: the unreachable-tainted w-1 is not a domain, so the
// replacement is bound to w-2 at once (skew over the one domain is 0).
export default {
  id: 'mix/spread-honor-taints-down-node',
  source: 'pkg/scheduler/framework/plugins/podtopologyspread/filtering.go calPreFilterState (matchNodeInclusionPolicies: nodeTaintsPolicy Honor excludes nodes with untolerated taints)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s4}
spec:
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "4", memory: 8Gi}}
  faults:
  - {at: 1m, nodeDown: w-1, for: 10m}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: {labels: {app: s}, annotations: {jobsim/duration: "20m"}}
    spec:
      restartPolicy: Never
      topologySpreadConstraints:
      - {maxSkew: 1, topologyKey: kubernetes.io/hostname, whenUnsatisfiable: DoNotSchedule, labelSelector: {matchLabels: {app: s}}, nodeTaintsPolicy: Honor}
      containers: [{name: main, image: busybox:1.36}]`,
  check(r, h) {
    const tEvict = h.sec(h.events({ reason: 'TaintManagerEviction' })[0].firstTimestamp);
    const p = h.podsOf('j')[2];
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).length, 0, 'FailedScheduling count');
    h.eq(p.spec.nodeName, 'w-2', 'node');
    h.eq(h.sec(h.events({ reason: 'Scheduled', name: p.metadata.name })[0].firstTimestamp), tEvict + 1, 'bound at');
  },
};
