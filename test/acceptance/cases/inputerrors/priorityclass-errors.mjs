// PriorityClass documents: value above 1e9 for a user class is Forbidden, unknown top-level fields are
// strict-decoding errors, a second class of the same name already exists, a second globalDefault is
// refused by the priority admission, preemptionPolicy is case-sensitive.
const scenario = `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: hi}
value: 1000000001
spec: {value: 3}
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: hi}
value: 5
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: a}
globalDefault: true
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: b}
globalDefault: true
preemptionPolicy: never
`;
export default {
  id: 'inputerrors/priorityclass-errors',
  source: 'pkg/apis/scheduling/validation ValidatePriorityClass (HighestUserDefinablePriority, ValidatePreemptionPolicy); plugin/pkg/admission/priority (only one default); registry AlreadyExists',
  exit: 2,
  scenario,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      '4:1: PriorityClass hi: value: Forbidden: maximum allowed value of a user defined priority is 1000000000',
      '5:1: PriorityClass hi: spec: strict decoding error: unknown field "spec"',
      '9:12: PriorityClass hi: metadata.name: priorityclasses.scheduling.k8s.io "hi" already exists',
      '20:1: PriorityClass b: globalDefault: PriorityClass a is already marked as default. Only one default can exist',
      '21:1: PriorityClass b: preemptionPolicy: Unsupported value: "never": supported values: "PreemptLowerPriority", "Never"',
    ], 'PriorityClass problems');
  },
};
