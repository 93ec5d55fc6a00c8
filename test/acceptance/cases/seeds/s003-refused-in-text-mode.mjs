// Seed 003's Job run with -o text (what a learner types): the same exit 2 and the same stderr line, nothing on stdout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const scenario = `apiVersion: batch/v1
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
`;
export default {
  id: 'seeds/s003-refused-in-text-mode',
  source: 'contract §1 exit status 2 whatever the output format',
  exit: 2,
  scenario,
  check(r, h) {
    const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
    const file = join(dir, 'job.yaml');
    writeFileSync(file, scenario);
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, '-o', 'text'], { encoding: 'utf8' });
    h.eq(out.status, 2, 'exit status in text mode');
    h.eq(out.stdout, '', 'nothing on stdout');
    h.assert(out.stderr.includes('Job default/data-processing-job: spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"'), `stderr: ${out.stderr}`);
    h.assert(out.stderr.includes(file), 'stderr names the file');
  },
};
