// A namespace that is a valid DNS subdomain but not a label ("a.b") gets IsDNS1123Label's "must not contain dots".
export default {
  id: 'namespaces/ns04-validate-dots',
  source: 'apimachinery util/validation IsDNS1123Label (subdomain regexp matches -> "must not contain dots")',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: CronJob
metadata: {name: c, namespace: "a.b"}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, ['3:21: CronJob a.b/c: metadata.namespace: Invalid value: "a.b": must not contain dots'], 'problems');
  },
};
