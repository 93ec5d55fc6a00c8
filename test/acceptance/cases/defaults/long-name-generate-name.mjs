// A 63-character Job name: its pods' generateName is "<name>-" (64 chars), and SimpleNameGenerator cuts the base to
// 58 characters before the 5 random ones, so the pod name is 63 characters long.
export default {
  id: 'defaults/long-name-generate-name',
  source: 'pkg/controller/controller_utils.go getPodsPrefix; staging/src/k8s.io/apiserver/pkg/storage/names/generate.go (maxNameLength 63, randomLength 5, MaxGeneratedNameLength 58)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
`,
  check(r, h) {
    const name = 'a'.repeat(63);
    const [p] = h.podsOf(name);
    h.eq(p.metadata.generateName, name + '-', 'generateName');
    h.assert(new RegExp(`^a{58}[a-z0-9]{5}$`).test(p.metadata.name), `pod name ${p.metadata.name}`);
    h.eq(p.metadata.labels['batch.kubernetes.io/job-name'], name, 'job-name label');
  },
};
