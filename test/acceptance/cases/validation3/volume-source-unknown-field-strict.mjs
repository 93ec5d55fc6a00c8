// Strict field validation reaches into the typed volume sources: an unknown field in an nfs source is refused.
export default {
  id: 'validation3/volume-source-unknown-field-strict',
  source: 'staging/src/k8s.io/api/core/v1/types.go NFSVolumeSource (server, path, readOnly only); apiserver strict decoding (fieldValidation=Strict, kubectl default): "strict decoding error: unknown field \\"spec.template.spec.volumes[0].nfs.bogus\\""; CONTRACT §2 (unknown fields are errors)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: uf
spec:
  template:
    spec:
      restartPolicy: Never
      volumes:
      - name: v
        nfs:
          server: nfs.example.com
          path: /exports
          bogus: 1
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, ['Job default/uf: spec.template.spec.volumes[0].nfs.bogus: strict decoding error: unknown field "spec.template.spec.volumes[0].nfs.bogus"'], 'problems');
  },
};
