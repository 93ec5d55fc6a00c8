// Names are unique per namespace and kind: Job a in default and in other both run; two Jobs with only
// generateName: pi- get two different generated names (pi- + 5 characters), no conflict.
//
export default {
  id: 'robust/same-name-other-namespace-and-generatename',
  source: 'apiserver registry (AlreadyExists per namespace/name); names.SimpleNameGenerator (5 random characters)',
  scenario: ['', 'namespace: other', 'generateName', 'generateName'].map((m) => `apiVersion: batch/v1
kind: Job
metadata:
  ${m === 'generateName' ? 'generateName: pi-' : 'name: a'}
  ${m === 'namespace: other' ? m : 'labels: {k: v}'}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`).join('---\n'),
  check(r, h) {
    h.hasCond(h.job('a'), 'Complete');
    h.hasCond(h.job('a', 'other'), 'Complete');
    const gen = h.of('Job').filter((j) => j.metadata.name.startsWith('pi-'));
    h.eq(gen.length, 2, 'two generated Jobs');
    h.assert(gen.every((j) => /^pi-[a-z0-9]{5}$/.test(j.metadata.name) && j.metadata.generateName === 'pi-'), gen.map((j) => j.metadata.name).join());
    h.assert(gen[0].metadata.name !== gen[1].metadata.name, 'different names');
  },
};
