// Three classes marked globalDefault: the first is created; the second and the third are refused by the
// Priority admission, both naming the first (the refused second never became a default).
// A fourth with globalDefault: false is fine.
export default {
  id: 'prio/val-global-default-names-first',
  source: 'plugin/pkg/admission/priority/admission.go validatePriorityClass ("PriorityClass %v is already marked as default. Only one default can exist", getDefaultPriorityClass over the existing classes)',
  exit: 2,
  scenario: `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: first}
value: 100
globalDefault: true
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: second}
value: 1
globalDefault: true
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: third}
value: 50
globalDefault: true
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: fourth}
value: 50
globalDefault: false
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      '11:1: PriorityClass second: globalDefault: PriorityClass first is already marked as default. Only one default can exist',
      '17:1: PriorityClass third: globalDefault: PriorityClass first is already marked as default. Only one default can exist',
    ], 'problems');
  },
};
