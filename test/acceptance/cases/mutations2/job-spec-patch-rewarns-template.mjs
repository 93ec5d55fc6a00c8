// jobStrategy.WarningsOnUpdate: any update that bumps the generation returns WarningsForJobSpec for the new spec,
// pod-template warnings included, whatever the patch touched: raising parallelism of a Job whose template has a
// negative terminationGracePeriodSeconds is accepted with that warning again (once at create, once at the patch).
import { spawnSync } from 'node:child_process';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: j, spec: {parallelism: 2}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  completions: 2
  template:
    spec:
      terminationGracePeriodSeconds: -5
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'mutations2/job-spec-patch-rewarns-template',
  source: 'pkg/registry/batch/job/strategy.go WarningsOnUpdate (newJob.Generation != oldJob.Generation: job.WarningsForJobSpec(ctx, spec, new, old)); pkg/api/job/warnings.go WarningsForJobSpec -> pod.GetWarningsForPodTemplate; pkg/api/pod/warnings.go (negative terminationGracePeriodSeconds, not conditioned on the old template)',
  scenario,
  check(r, h) {
    h.eq(h.job('j').metadata.generation, 2, 'patch accepted');
    const run = spawnSync('node_modules/.bin/jobsim', ['run', '-', '-o', 'summary'], { input: scenario, encoding: 'utf8' });
    h.eq(run.status, 0, 'exit status');
    const w = run.stderr.split('\n').filter((l) => /terminationGracePeriodSeconds: must be >= 0/.test(l));
    h.eq(w.length, 2, `two warnings (create and update): ${JSON.stringify(w)}`);
  },
};
