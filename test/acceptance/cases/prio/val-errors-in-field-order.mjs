// One class with three problems: every one is reported, in ValidatePriorityClass's order (metadata,
// value, preemptionPolicy), each at its own position; an empty preemptionPolicy is Required.
export default {
  id: 'prio/val-errors-in-field-order',
  source: 'pkg/apis/scheduling/validation/validation.go ValidatePriorityClass (ValidateObjectMeta NameIsDNSSubdomain; value > HighestUserDefinablePriority Forbidden; ValidatePreemptionPolicy: case "" -> field.Required)',
  exit: 2,
  scenario: `apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata:
  name: Batch_High
value: 1000000001
preemptionPolicy: ""
description: three problems
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, [
      `4:3: PriorityClass Batch_High: metadata.name: Invalid value: "Batch_High": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')`,
      '5:1: PriorityClass Batch_High: value: Forbidden: maximum allowed value of a user defined priority is 1000000000',
      '6:1: PriorityClass Batch_High: preemptionPolicy: Required value',
    ], 'problems');
  },
};
