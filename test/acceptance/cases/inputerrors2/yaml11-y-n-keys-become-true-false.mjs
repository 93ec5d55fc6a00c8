// go-yaml v2 (YAML 1.1) reads unquoted y/n as booleans, and sigs.k8s.io/yaml turns boolean map keys into
// the strings "true"/"false" when it converts to JSON: `labels: {y: "1"}` is the label "true"="1".
export default {
  id: 'inputerrors2/yaml11-y-n-keys-become-true-false',
  source: 'go-yaml v2 resolve.go (y, Y, n, N are !!bool); sigs.k8s.io/yaml convertToJSONableObject (bool keys -> strconv.FormatBool)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: a
  labels: {y: "1", n: "0", "on": "2"}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const l = h.job('a').metadata.labels;
    h.eq([l.true, l.false, l.on], ['1', '0', '2'], 'labels true/false/on');
    h.eq(l.y, undefined, 'no label "y"');
  },
};
