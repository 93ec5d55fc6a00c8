// Annotations win over behaviors field by field: a template with only jobsim/duration keeps the
// matching rule's exitCodes; one with only jobsim/exit-codes keeps the rule's duration.
export default {
  id: 'workload/annotation-field-by-field',
  source: 'CONTRACT.md §2 ("A pod template may carry its own behaviour in annotations, which win over behaviors: jobsim/duration ... and jobsim/exit-codes")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ann}
spec:
  behaviors:
  - selector: {matchLabels: {app: a}}
    duration: 2m
    exitCodes: [4, 0]
---
apiVersion: batch/v1
kind: Job
metadata: {name: dur}
spec:
  template:
    metadata: {labels: {app: a}, annotations: {jobsim/duration: "15s"}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
---
apiVersion: batch/v1
kind: Job
metadata: {name: codes}
spec:
  template:
    metadata: {labels: {app: a}, annotations: {jobsim/exit-codes: "0"}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const runs = (n) => h.podsOf(n).map((p) => { const t = p.status.containerStatuses[0].state.terminated; return [t.exitCode, h.sec(t.startedAt), h.sec(t.finishedAt)]; });
    h.eq(runs('dur'), [[4, 0, 15], [0, 25, 40]], 'dur: annotation 15s, rule exit codes 4 then 0');
    h.eq(runs('codes'), [[0, 0, 120]], 'codes: rule 2m, annotation exit 0');
  },
};
