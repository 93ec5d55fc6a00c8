// Indexed pod names are generateName "<job>-<index>-" plus 5 characters from the API server's name generator
// alphabet (bcdfghjklmnpqrstvwxz2456789: no vowels, no 0/1/3); indexes of two digits keep the whole prefix.
export default {
  id: 'indexed3/pod-name-suffix-alphabet',
  source: 'k8s.io/apiserver/pkg/storage/names generate.go (SimpleNameGenerator, utilrand.String(5)); k8s.io/apimachinery/pkg/util/rand alphanums; pkg/controller/job/indexed_job_utils.go podGenerateNameWithIndex; reference §12',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: nm}
spec:
  completionMode: Indexed
  completions: 12
  parallelism: 12
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('nm');
    h.eq(pods.length, 12, 'pods');
    for (const p of pods) {
      const ix = p.metadata.annotations['batch.kubernetes.io/job-completion-index'];
      h.eq(p.metadata.generateName, `nm-${ix}-`, `generateName of index ${ix}`);
      h.assert(new RegExp(`^nm-${ix}-[bcdfghjklmnpqrstvwxz2456789]{5}$`).test(p.metadata.name), `name ${p.metadata.name}`);
    }
    h.eq(h.job('nm').status.completedIndexes, '0-11', 'completedIndexes');
  },
};
