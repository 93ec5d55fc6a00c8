// The same Job twice in one namespace: the second create is AlreadyExists, in the API server's words, at
// the second object's name; nothing simulated.
export default {
  id: 'robust/duplicate-name-already-exists',
  source: 'apiserver StatusError AlreadyExists: `jobs.batch "a" already exists`',
  exit: 2,
  scenario: [1, 2].map(() => `apiVersion: batch/v1
kind: Job
metadata:
  name: a
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`).join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines, ['14:3: Job default/a: metadata.name: jobs.batch "a" already exists'], 'problems');
    h.eq(r.stdout, '', 'stdout');
  },
};
