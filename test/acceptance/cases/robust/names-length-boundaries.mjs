// Name lengths: a Job name of 64 characters passes metadata.name (a DNS subdomain, 253) but its pods'
// job-name labels cannot hold it: one `spec.template.labels` problem (ErrorList.ToAggregate drops the
// duplicate of batch.kubernetes.io/job-name and job-name); 63 is fine. A CronJob name of 53 is over its 52
// limit; a namespace of 64 is over the DNS label limit.
const name64 = 'a'.repeat(64);
export default {
  id: 'robust/names-length-boundaries',
  source: 'pkg/apis/batch/validation/validation.go ValidateJob / validateGeneratedSelector, ValidateCronJobCreate ("must be no more than 52 characters"); apimachinery field ErrorList.ToAggregate (deduplicates messages)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: ${name64}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata:
  name: ${'b'.repeat(63)}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${'c'.repeat(53)}
  namespace: ${'n'.repeat(64)}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l)).map((l) => l.replace(/^.*\.yaml:/, ''));
    h.eq(lines.length, 3, `three problems: ${lines.join(' | ').slice(0, 400)}`);
    h.eq(lines[0], `6:3: Job default/${name64}: spec.template.labels: Invalid value: "${name64}": must be no more than 63 characters`, 'Job 64');
    h.assert(/^24:3: CronJob n{64}\/c{53}: metadata\.name: Invalid value: "c{53}": must be no more than 52 characters$/.test(lines.find((l) => l.includes('metadata.name')) ?? ''), `CronJob 53: ${lines.join(' | ').slice(0, 600)}`);
    h.assert(lines.some((l) => /^25:3: CronJob n{64}\/c{53}: metadata\.namespace: Invalid value: "n{64}": must be no more than 63 characters$/.test(l)), `namespace 64: ${lines.join(' | ').slice(0, 600)}`);
  },
};
