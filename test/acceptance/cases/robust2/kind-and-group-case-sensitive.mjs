// The RESTMapper matches kinds and groups exactly: `kind: job` and `apiVersion: Batch/v1` name nothing the
// server serves ("no matches for kind ... in version ..."), each at its document; nothing is simulated.
export default {
  id: 'robust2/kind-and-group-case-sensitive',
  source: 'apimachinery meta/restmapper.go DefaultRESTMapper.RESTMapping (kindToPluralResource keyed by exact GVK) -> NoKindMatchError "no matches for kind %q in version %q"',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: Batch/v1
kind: Job
metadata: {name: b}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines.length, 2, r.stderr);
    h.assert(lines[0].startsWith('2:1: ') && lines[0].includes('no matches for kind "job" in version "batch/v1"'), lines[0]);
    h.assert(lines[1].startsWith('11:1: ') && lines[1].includes('no matches for kind "Job" in version "Batch/v1"'), lines[1]);
  },
};
