// LabelSelector semantics (apimachinery labels.Requirement.Matches): NotIn matches when the key is
// absent too; DoesNotExist fails when the key is present whatever its value; all requirements of a
// selector must hold (AND) and matchLabels combines with matchExpressions.
export default {
  id: 'workload/selector-notin-exists-doesnotexist',
  source: 'staging/src/k8s.io/apimachinery/pkg/labels/selector.go Requirement.Matches (NotIn: !Has || not in set; DoesNotExist: !Has); metav1 LabelSelectorAsSelector (AND of matchLabels and matchExpressions)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sel}
spec:
  behaviors:
  - selector: {matchLabels: {team: a}, matchExpressions: [{key: tier, operator: DoesNotExist}]}
    duration: 11s
  - selector: {matchExpressions: [{key: team, operator: NotIn, values: [a, b]}]}
    duration: 22s
  - selector: {matchExpressions: [{key: team, operator: Exists}, {key: tier, operator: In, values: [gold, silver]}]}
    duration: 33s
---
apiVersion: batch/v1
kind: Job
metadata: {name: a-plain}
spec:
  template:
    metadata: {labels: {team: a}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a-gold}
spec:
  template:
    metadata: {labels: {team: a, tier: gold}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
---
apiVersion: batch/v1
kind: Job
metadata: {name: noteam}
spec:
  template:
    metadata: {labels: {tier: gold}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
---
apiVersion: batch/v1
kind: Job
metadata: {name: b-bronze}
spec:
  template:
    metadata: {labels: {team: b, tier: bronze}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
---
apiVersion: batch/v1
kind: Job
metadata: {name: b-empty-tier}
spec:
  template:
    metadata: {labels: {team: b, tier: ""}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const d = (n) => { const t = h.podsOf(n)[0].status.containerStatuses[0].state.terminated; return h.sec(t.finishedAt) - h.sec(t.startedAt); };
    h.eq(['a-plain', 'a-gold', 'noteam', 'b-bronze', 'b-empty-tier'].map(d), [11, 33, 22, 10, 10], 'durations: first rule that matches, else the 10s default');
  },
};
