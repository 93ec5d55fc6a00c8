// An nfs volume of a Job's template needs a server and an absolute path.
export default {
  id: 'validation3/nfs-volume-source-validated',
  source: 'pkg/apis/core/validation/validation.go validateVolumeSource -> validateNFSVolumeSource (Required server, Required path, "must be an absolute path" unless path.IsAbs)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: nfs
spec:
  template:
    spec:
      restartPolicy: Never
      volumes:
      - name: v
        nfs:
          server: ""
          path: rel/dir
      containers: [{name: abc, image: image}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:\d+:\d+: /, ''));
    h.eq(lines, [
      'Job default/nfs: spec.template.spec.volumes[0].nfs.server: Required value',
      'Job default/nfs: spec.template.spec.volumes[0].nfs.path: Invalid value: "rel/dir": must be an absolute path',
    ], 'problems');
  },
};
