// An empty selector ({}) matches every pod (metav1.LabelSelectorAsSelector: empty selector =
// labels.Everything()), so a catch-all rule placed last applies to pods no earlier rule matched,
// including pods of a Job with no template labels.
export default {
  id: 'workload/empty-selector-matches-all',
  source: 'staging/src/k8s.io/apimachinery/pkg/apis/meta/v1/helpers.go LabelSelectorAsSelector (len==0 => Everything); CONTRACT.md §2 first match wins',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: all}
spec:
  behaviors:
  - selector: {matchLabels: {app: special}}
    duration: 1m
  - selector: {}
    duration: 45s
    exitCodes: [2, 0]
---
apiVersion: batch/v1
kind: Job
metadata: {name: nolabels}
spec:
  template:
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
---
apiVersion: batch/v1
kind: Job
metadata: {name: special}
spec:
  template:
    metadata: {labels: {app: special}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const runs = (n) => h.podsOf(n).map((p) => { const t = p.status.containerStatuses[0].state.terminated; return [t.exitCode, h.sec(t.startedAt), h.sec(t.finishedAt)]; });
    h.eq(runs('nolabels'), [[2, 0, 45], [0, 55, 100]], 'catch-all: 45s, exit 2 then 0');
    h.eq(runs('special'), [[0, 0, 60]], 'first rule');
  },
};
