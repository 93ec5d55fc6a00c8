// cronJobStrategy.WarningsOnCreate: the same DNS-label warning for a CronJob named with dots
// ("nightly.backup" is a valid name: ValidateReplicationControllerName is a DNS subdomain, and within 52
// characters), followed by the job template's warnings. The CronJob runs (its Jobs are nightly.backup-<minutes>).
import { spawnSync } from 'node:child_process';
const scenario = `apiVersion: batch/v1
kind: CronJob
metadata: {name: nightly.backup}
spec:
  schedule: "* * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
export default {
  id: 'strategy/cronjob-name-dots-warns-on-create',
  source: 'pkg/registry/batch/cronjob/strategy.go WarningsOnCreate (IsDNS1123Label(newCronJob.Name) -> "metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: %v", then job.WarningsForJobSpec(spec.jobTemplate.spec))',
  args: ['--duration', '90s'],
  scenario,
  check(r, h) {
    h.eq(h.jobsOf('nightly.backup').map((j) => j.metadata.name), ['nightly.backup-29453761'], 'the 00:01 Job');
    const run = spawnSync('node_modules/.bin/jobsim', ['run', '-', '-o', 'summary', '--duration', '90s'], { input: scenario, encoding: 'utf8' });
    h.eq(run.status, 0, 'exit');
    const w = run.stderr.split('\n').filter((l) => /a DNS label is recommended/.test(l));
    h.eq(w.length, 1, `one name warning: ${JSON.stringify(run.stderr.slice(0, 400))}`);
    h.assert(w[0].endsWith('CronJob default/nightly.backup: metadata.name: this is used in Pod names and hostnames, which can result in surprising behavior; a DNS label is recommended: [must not contain dots]'), w[0]);
  },
};
