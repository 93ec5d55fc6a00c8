// validation_test.go TestValidateJob managedBy rows: a value that is not a domain-prefixed path is Invalid
// ("must be a domain-prefixed path (such as \"acme.io/foo\")"), and one longer than 63 characters is TooLong.
export default {
  id: 'upstreamtests/managedby-invalid-values',
  source: 'pkg/apis/batch/validation/validation.go validateJobSpec (IsDomainPrefixedPath, field.TooLongMaxLength(..., maxManagedByLength 63) (1.32+: field.TooLong "may not be more than %d bytes" in apimachinery field/errors.go)); apimachinery validation IsDomainPrefixedPath; validation_test.go TestValidateJob "invalid managedBy - not a domain-prefixed path", "too long"',
  exit: 2,
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  managedBy: custom-controller
  template:
    spec:
      containers: [{name: c, image: foo}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  managedBy: example.com/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa
  template:
    spec:
      containers: [{name: c, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const l = r.stderr.split('\n').filter((x) => x.includes('spec.managedBy'));
    h.eq(l.length, 2, `two problems: ${r.stderr}`);
    h.assert(l[0].endsWith('Job default/a: spec.managedBy: Invalid value: "custom-controller": must be a domain-prefixed path (such as "acme.io/foo")'), `got ${l[0]}`);
    h.assert(l[1].endsWith('Job default/b: spec.managedBy: Too long: may not be more than 63 bytes'), `got ${l[1]}`);
  },
};
