// Applying system-cluster-critical with another value patches the existing built-in class, so the
// update validation answers: the value may not be changed (ValidatePriorityClass's reserved-name
// check only runs on create).
export default {
  id: 'prio/system-class-apply-value-update',
  source: 'pkg/apis/scheduling/validation/validation.go ValidatePriorityClassUpdate ("value: Forbidden: may not be changed in an update."); pkg/registry/scheduling/priorityclass/strategy.go ValidateUpdate (update path does not call ValidatePriorityClass); storage_scheduling.go AddSystemPriorityClasses',
  exit: 2,
  scenario: `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: system-cluster-critical
value: 1000
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, ['5:1: PriorityClass system-cluster-critical: value: Forbidden: may not be changed in an update.'], 'problems');
  },
};
