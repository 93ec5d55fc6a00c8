// TestGetJobFromTemplate2 rows "UTC timezone and one annotation", "nil timezone and one annotation", "correct
// timezone and multiple annotation": the Job copies the jobTemplate's labels (exactly 1) and annotations and adds the
// scheduled-timestamp annotation (2, 2, 3 annotations), formatted RFC 3339 in spec.timeZone ("Z" for UTC and for
// nil, "+02:00" for Europe/Rome); the spec is copied (activeDeadlineSeconds 1, manualSelector false); the name is
// mycronjob-<minutes>.
const cj = (ns, tz, ann) => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob, namespace: ${ns}}
spec:
  schedule: "* * * * ?"
${tz ? `  timeZone: ${tz}\n` : ''}  jobTemplate:
    metadata:
      labels: {a: b}
      annotations: ${JSON.stringify(ann)}
    spec:
      activeDeadlineSeconds: 1
      manualSelector: false
      template:
        metadata: {labels: {foo: bar}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronjobtable/job-from-template',
  source: 'kubernetes pkg/controller/cronjob/utils_test.go TestGetJobFromTemplate2 rows "UTC timezone and one annotation", "nil timezone and one annotation", "correct timezone and multiple annotation"',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:59:30Z"
  duration: 40s
${cj('utc', 'UTC', { x: 'y' })}${cj('nil', null, { x: 'y' })}${cj('rome', 'Europe/Rome', { x: 'y', z: 'x' })}`,
  check(r, h) {
    const want = {
      utc: { x: 'y', 'batch.kubernetes.io/cronjob-scheduled-timestamp': '2016-05-19T10:00:00Z' },
      nil: { x: 'y', 'batch.kubernetes.io/cronjob-scheduled-timestamp': '2016-05-19T10:00:00Z' },
      rome: { x: 'y', z: 'x', 'batch.kubernetes.io/cronjob-scheduled-timestamp': '2016-05-19T12:00:00+02:00' },
    };
    for (const ns of Object.keys(want)) {
      const jobs = h.of('Job').filter((j) => j.metadata.namespace === ns);
      h.eq(jobs.map((j) => j.metadata.name), ['mycronjob-24394200'], `${ns}: name`);
      const j = jobs[0];
      h.eq(j.metadata.labels, { a: 'b' }, `${ns}: labels`);
      const sortObj = (o) => Object.fromEntries(Object.entries(o ?? {}).sort());
      h.eq(sortObj(j.metadata.annotations), sortObj(want[ns]), `${ns}: annotations`);
      h.eq([j.spec.activeDeadlineSeconds, j.spec.manualSelector], [1, false], `${ns}: spec copied`);
      h.eq(j.spec.template.metadata.labels.foo, 'bar', `${ns}: pod template labels kept`);
    }
  },
};
