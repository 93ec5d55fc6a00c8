// Contract §2: behaviors apply to pods by a LabelSelector on the pod's labels, first match wins;
// exitCodes are per attempt and the last repeats; a pod matching no rule runs 10s and exits 0.
// matchExpressions work as in any LabelSelector.
export default {
  id: 'contract/behaviors-first-match',
  source: 'CONTRACT.md §2 behaviors ("first match wins", "exitCodes per attempt; the last repeats; default [0]", defaults 10s exit 0)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: beh}
spec:
  behaviors:
  - selector: {matchExpressions: [{key: tier, operator: In, values: [gold]}]}
    duration: 20s
    exitCodes: [3, 0]
  - selector: {matchLabels: {app: x}}
    duration: 5s
    exitCodes: [1, 2]
---
apiVersion: batch/v1
kind: Job
metadata: {name: gold}
spec:
  backoffLimit: 5
  template:
    metadata: {labels: {app: x, tier: gold}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  backoffLimit: 3
  template:
    metadata: {labels: {app: x}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: plain}
spec:
  template:
    metadata: {labels: {app: other}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const term = (p) => p.status.containerStatuses[0].state.terminated;
    const runs = (name) => h.podsOf(name).map((p) => [term(p).exitCode, h.sec(term(p).startedAt), h.sec(term(p).finishedAt)]);
    h.eq(runs('gold'), [[3, 0, 20], [0, 30, 50]], 'gold: first rule (20s; 3 then 0), retried 10s after the failure');
    h.hasCond(h.job('gold'), 'Complete');
    h.eq(runs('x').map((x) => x[0]), [1, 2, 2, 2], 'x: second rule, 1 then 2 repeating, backoffLimit 3');
    h.eq(runs('x').map((x) => x[2] - x[1]), [5, 5, 5, 5], 'x: 5s each');
    h.hasCond(h.job('x'), 'Failed', 'BackoffLimitExceeded');
    h.eq(runs('plain'), [[0, 0, 10]], 'plain: default 10s, exit 0');
  },
};
