// Long Job names: the generated pod name is cut to 58 chars + 5 random chars; for Indexed pods the job-name part of
// generateName is truncated so that "<job>-<i>-" is 58 chars.
const long = 'a'.repeat(60); // 60 chars; Indexed hostname "<name>-1" = 62 chars, still valid
export default {
  id: 'job/pod-name-long-job',
  source: 'apiserver names.SimpleNameGenerator (maxGeneratedNameLength 58); indexed_job_utils.go podGenerateNameWithIndex; reference §12',
  args: ['--duration', '5s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: ${long}
spec:
  template:
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: b${long}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 1
  template:
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const [p] = h.podsOf(long);
    h.eq(p.metadata.generateName, `${long}-`, 'NonIndexed generateName');
    h.eq(p.metadata.name.length, 63, 'NonIndexed name length');
    h.eq(p.metadata.name.slice(0, 58), `${long}-`.slice(0, 58), 'NonIndexed name prefix (58 chars)');
    const [q] = h.podsOf(`b${long}`);
    h.eq(q.metadata.generateName, `b${long}`.slice(0, 55) + '-0-', 'Indexed generateName truncated to 58');
    h.eq(q.metadata.name.length, 63, 'Indexed name length');
    h.eq(q.spec.hostname, `b${long}-0`, 'hostname keeps the full name');
  },
};
