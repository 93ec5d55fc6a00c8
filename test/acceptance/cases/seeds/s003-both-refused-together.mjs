// Seed 003 applied as one file (both examples): every problem of every document is reported, in document order,
// each with its line within the file (the second document's line is past the first's), and nothing is simulated.
export default {
  id: 'seeds/s003-both-refused-together',
  source: 'contract §1 (exit 2, every problem found); validateJobSpec restartPolicy Required',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  template:
    spec:
      containers:
        - name: data-processor
          image: data-processor-image
  backoffLimit: 4
---
apiVersion: batch/v1
kind: CronJob
metadata:
  name: backup-cronjob
spec:
  schedule: "0 * * * *"  # Every hour
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: backup-task
              image: backup-image
`,
  check(r, h) {
    h.eq(r.stdout, '', 'nothing on stdout');
    const lines = r.stderr.split('\n').filter((l) => /: (Job|CronJob) default\//.test(l));
    h.eq(lines.length, 2, `two problems: ${r.stderr}`);
    const m = lines.map((l) => l.match(/:(\d+):\d+: (\w+) default\/([\w-]+): (\S+): Required value/));
    h.assert(m[0] && m[1], `shape: ${JSON.stringify(lines)}`);
    h.eq(m.map((x) => [x[2], x[3], x[4]]), [
      ['Job', 'data-processing-job', 'spec.template.spec.restartPolicy'],
      ['CronJob', 'backup-cronjob', 'spec.jobTemplate.spec.template.spec.restartPolicy']], 'problems in order');
    h.assert(Number(m[0][1]) <= 11 && Number(m[1][1]) >= 13, `lines within their documents: ${m[0][1]}, ${m[1][1]}`);
  },
};
