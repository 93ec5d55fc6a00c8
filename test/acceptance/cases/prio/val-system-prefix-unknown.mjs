// A class name starting with "system-" must be one of the two built-in classes: system-foo is
// Forbidden at metadata.name, and, being in the system branch, its value above 1e9 is not also
// reported (the value check is the else branch).
export default {
  id: 'prio/val-system-prefix-unknown',
  source: 'pkg/apis/scheduling/validation/validation.go ValidatePriorityClass (HasPrefix(SystemPriorityClassPrefix) -> IsKnownSystemPriorityClass; else if Value > HighestUserDefinablePriority); pkg/apis/scheduling/v1/helpers.go IsKnownSystemPriorityClass ("%v is not a known system priority class")',
  exit: 2,
  scenario: `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: system-foo}
value: 2000000000
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      "3:12: PriorityClass system-foo: metadata.name: Forbidden: priority class names with 'system-' prefix are reserved for system use only. error: system-foo is not a known system priority class",
    ], 'problems');
    h.eq(r.stdout, '', 'nothing simulated');
  },
};
