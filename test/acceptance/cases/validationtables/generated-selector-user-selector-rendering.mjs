// A user selector without manualSelector: the registry adds batch.kubernetes.io/controller-uid=<uid>
// to it; validateGeneratedSelector says "`selector` not auto-generated" printing the *LabelSelector
// with %#v (after the pointer is dereferenced), and ValidateJobSpec says the template labels do not
// match, printing the label map with %#v (keys sorted).
export default {
  id: 'validationtables/generated-selector-user-selector-rendering',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateJob key "spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\\"a\\":\\"b\\"}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}: `selector` not auto-generated"; pkg/registry/batch/job/strategy.go generateSelector; apimachinery field/errors.go ErrorBody',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: myjob
spec:
  selector:
    matchLabels: {a: b}
  template:
    spec:
      restartPolicy: OnFailure
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const uid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
    const l = r.stderr.split('\n').filter((x) => x.includes('Job default/myjob: '));
    h.eq(l.length, 2, `two problems: ${l.join(' | ')}`);
    h.assert(l.some((x) => new RegExp(`spec\\.selector: Invalid value: v1\\.LabelSelector\\{MatchLabels:map\\[string\\]string\\{"a":"b", "batch\\.kubernetes\\.io/controller-uid":"${uid}"\\}, MatchExpressions:\\[\\]v1\\.LabelSelectorRequirement\\(nil\\)\\}: \`selector\` not auto-generated$`).test(x)), `selector: ${l.join(' | ')}`);
    h.assert(l.some((x) => new RegExp(`spec\\.template\\.metadata\\.labels: Invalid value: map\\[string\\]string\\{"batch\\.kubernetes\\.io/controller-uid":"${uid}", "batch\\.kubernetes\\.io/job-name":"myjob", "controller-uid":"${uid}", "job-name":"myjob"\\}: \`selector\` does not match template \`labels\`$`).test(x)), `labels: ${l.join(' | ')}`);
  },
};
