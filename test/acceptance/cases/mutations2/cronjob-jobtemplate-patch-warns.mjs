// The API server returns the pod-template warnings on a CronJob update that changes the spec (generation bump),
// as on create: a jobTemplate patched to a negative terminationGracePeriodSeconds is accepted with
// "spec.jobTemplate.spec.template.spec.terminationGracePeriodSeconds: must be >= 0; negative values are invalid
// and will be treated as 1" (kubectl prints it as Warning:). The run goes on.
import { spawnSync } from 'node:child_process';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 10s, patch: {kind: CronJob, name: cj, spec: {jobTemplate: {spec: {template: {spec: {terminationGracePeriodSeconds: -5}}}}}}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
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
  id: 'mutations2/cronjob-jobtemplate-patch-warns',
  source: 'pkg/registry/batch/cronjob/strategy.go WarningsOnUpdate (generation changed: job.WarningsForJobSpec(spec.jobTemplate.spec) -> pod.GetWarningsForPodTemplate); pkg/api/pod/warnings.go (negative terminationGracePeriodSeconds); README (accepted with a warning: stderr)',
  args: ['--duration', '2m'],
  scenario,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq(cj.metadata.generation, 2, 'patch accepted (generation 2)');
    h.eq(h.jobsOf('cj').length, 1, 'the 00:01 Job ran');
    const run = spawnSync('node_modules/.bin/jobsim', ['run', '-', '-o', 'summary', '--duration', '2m'], { input: scenario, encoding: 'utf8' });
    h.eq(run.status, 0, 'exit status');
    const w = run.stderr.split('\n').filter((l) => /terminationGracePeriodSeconds/.test(l));
    h.eq(w.length, 1, `one warning line on stderr: ${JSON.stringify(run.stderr.slice(0, 300))}`);
    h.assert(/CronJob default\/cj: spec\.jobTemplate\.spec\.template\.spec\.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1$/.test(w[0]), w[0]);
  },
};
