// cronJobStrategy.WarningsOnUpdate: template warnings only when the generation changed. A label patch of
// the CronJob (no spec change, generation 1) is silent; a later suspend patch (generation 2) warns again:
// two warnings in all (create, suspend), none for the label patch.
import { spawnSync } from 'node:child_process';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  duration: 30s
  timeline:
  - {at: 5s, patch: {kind: CronJob, name: cj, metadata: {labels: {team: a}}}}
  - {at: 10s, patch: {kind: CronJob, name: cj, spec: {suspend: true}}}
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
          terminationGracePeriodSeconds: -5
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`;
export default {
  id: 'strategy/cronjob-metadata-patch-no-rewarn',
  source: 'pkg/registry/batch/cronjob/strategy.go WarningsOnUpdate (newCronJob.Generation != oldCronJob.Generation -> job.WarningsForJobSpec(spec.jobTemplate.spec)), PrepareForUpdate (Semantic.DeepEqual(spec) -> generation+1)',
  scenario,
  check(r, h) {
    const cj = h.cronjob('cj');
    h.eq(cj.metadata.generation, 2, 'generation (label patch none, suspend +1)');
    h.eq(cj.metadata.labels?.team, 'a', 'label');
    const run = spawnSync('node_modules/.bin/jobsim', ['run', '-', '-o', 'summary'], { input: scenario, encoding: 'utf8' });
    h.eq(run.status, 0, 'exit');
    const w = run.stderr.split('\n').filter((l) => /spec\.jobTemplate\.spec\.template\.spec\.terminationGracePeriodSeconds: must be >= 0/.test(l));
    h.eq(w.length, 2, `create + suspend patch warn: ${JSON.stringify(w)}`);
    h.assert(w.some((l) => /:8:\d+: /.test(l)), `the suspend patch (line 8) warns: ${JSON.stringify(w)}`);
    h.assert(!w.some((l) => /:7:\d+: /.test(l)), `the label patch (line 7) does not warn: ${JSON.stringify(w)}`);
  },
};
