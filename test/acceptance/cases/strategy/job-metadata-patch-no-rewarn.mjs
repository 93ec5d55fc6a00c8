// jobStrategy.WarningsOnUpdate returns the spec warnings only when the update bumped the generation:
// a labels/annotations-only patch of a Job whose template has a negative terminationGracePeriodSeconds
// is accepted silently (the create warned once), and its generation stays 1.
import { spawnSync } from 'node:child_process';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: j, metadata: {labels: {team: a}, annotations: {note: x}}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      terminationGracePeriodSeconds: -5
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'strategy/job-metadata-patch-no-rewarn',
  source: 'pkg/registry/batch/job/strategy.go WarningsOnUpdate ("if newJob.Generation != oldJob.Generation { warnings = job.WarningsForJobSpec(...) }"), PrepareForUpdate (generation only on spec change)',
  scenario,
  check(r, h) {
    const j = h.job('j');
    h.eq(j.metadata.generation, 1, 'generation');
    h.eq(j.metadata.labels.team, 'a', 'label applied');
    h.eq(j.metadata.annotations?.note, 'x', 'annotation applied');
    const run = spawnSync('node_modules/.bin/jobsim', ['run', '-', '-o', 'summary'], { input: scenario, encoding: 'utf8' });
    h.eq(run.status, 0, 'exit');
    const w = run.stderr.split('\n').filter((l) => /terminationGracePeriodSeconds: must be >= 0/.test(l));
    h.eq(w.length, 1, `only the create warns: ${JSON.stringify(w)}`);
  },
};
