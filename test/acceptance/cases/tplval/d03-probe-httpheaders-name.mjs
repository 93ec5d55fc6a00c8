export default {
  id: 'tplval/d03-probe-httpheaders-name',
  // httpGet header names must be HTTP tokens
  source: "validation.go validateHTTPGetAction: for header in HTTPHeaders: validation.IsHTTPHeaderName -> field.Invalid(fldPath.Child(\"httpHeaders\"), header.Name, msg); apimachinery util/validation IsHTTPHeaderName",
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: hdr\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n      - name: c\n        image: busybox\n        readinessProbe:\n          httpGet:\n            port: 8080\n            httpHeaders:\n            - {name: \"bad header\", value: x}\n",
  check(r, h) {
    h.eq(r.stdout.trim(), '', 'nothing simulated (stdout empty)');
    const probs = r.stderr.split('\n').filter((l) => /^\S+\.yaml:\d+:\d+: /.test(l));
    const want = [
  [
    null,
    "Job default/hdr: spec.template.spec.containers[0].readinessProbe.httpGet.httpHeaders: Invalid value: \"bad header\": a valid HTTP header must consist of alphanumeric characters or '-' (e.g. 'X-Header-Name', regex used for validation is '[-A-Za-z0-9]+')"
  ]
];
    for (const [pos, m] of want) {
      const hit = probs.find((l) => l.endsWith(m));
      h.assert(hit, `missing: ${m}\n got: ${JSON.stringify(probs)}`);
      if (pos) h.assert(new RegExp('\\.yaml:' + pos + ': ').test(hit), `position ${pos} for: ${hit}`);
    }
    h.eq(probs.length, want.length, `number of problems (${JSON.stringify(probs)})`);
  },
};
