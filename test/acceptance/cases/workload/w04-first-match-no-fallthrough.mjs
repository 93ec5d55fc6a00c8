// First match wins: the first rule that matches decides the behaviour, even if it leaves the duration
// unset (the 10s default, not a later matching rule's duration) or the exit codes unset (exit 0).
export default {
  id: 'workload/first-match-no-fallthrough',
  source: 'CONTRACT.md §2 behaviors ("first match wins"; "a container runs 10s and exits 0" by default)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: fm}
spec:
  behaviors:
  - selector: {matchLabels: {app: x}}
    exitCodes: [5, 0]
  - selector: {matchLabels: {app: x}}
    duration: 3m
    exitCodes: [9]
  - selector: {matchLabels: {kind: yy}}
    duration: 30s
  - selector: {}
    duration: 2m
    exitCodes: [7]
---
apiVersion: batch/v1
kind: Job
metadata: {name: x}
spec:
  template:
    metadata: {labels: {app: x}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
---
apiVersion: batch/v1
kind: Job
metadata: {name: yy}
spec:
  template:
    metadata: {labels: {kind: yy}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const runs = (n) => h.podsOf(n).map((p) => { const t = p.status.containerStatuses[0].state.terminated; return [t.exitCode, h.sec(t.startedAt), h.sec(t.finishedAt)]; });
    h.eq(runs('x'), [[5, 0, 10], [0, 20, 30]], 'x: first rule (exit 5 then 0), 10s default duration');
    h.eq(runs('yy'), [[0, 0, 30]], 'yy: third rule 30s, exit 0 default (not the catch-all\'s 7)');
  },
};
