// The projection types are closed like every API type: a misspelled field inside a projected
// volume's source is a strict decoding error, not silently ignored.
export default {
  id: 'podval/projected-unknown-field',
  source: 'k8s.io/api/core/v1 VolumeProjection / ServiceAccountTokenProjection (strict decoding: unknown field)',
  exit: 2,
  scenario: "apiVersion: batch/v1\nkind: Job\nmetadata: {name: prj}\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      volumes:\n      - name: creds\n        projected:\n          sources:\n          - serviceAccountToken: {path: token, expirationSecond: 3600}\n      containers:\n      - name: c\n        image: busybox\n",
  check(r, h) {
    h.assert(r.stderr.includes('unknown field "spec.template.spec.volumes[0].projected.sources[0].serviceAccountToken.expirationSecond"'), r.stderr);
    h.eq(r.stdout.trim(), '', 'nothing on stdout');
  },
};
