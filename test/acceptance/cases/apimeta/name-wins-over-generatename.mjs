// A Job with both name and generateName keeps its name (nothing is generated) and generateName as written; its pods
// are named after the name (generateName "ok-").
export default {
  id: 'apimeta/name-wins-over-generatename',
  source: 'apiserver store.go create ("if len(objectMeta.GetGenerateName()) > 0 && len(objectMeta.GetName()) == 0" only then SetName(GenerateName(...))); controller_utils.go getPodsPrefix (controller name)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: ok, generateName: x-}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const j = h.job('ok');
    h.eq([j.metadata.name, j.metadata.generateName], ['ok', 'x-'], 'name and generateName');
    h.eq(h.of('Job').length, 1, 'one Job');
    const [p] = h.podsOf('ok');
    h.eq(p.metadata.generateName, 'ok-', 'pod generateName from the name');
  },
};
