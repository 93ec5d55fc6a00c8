// WarningsForJobSpec on update: an Indexed Job with more than 10^5 completions whose parallelism is raised above
// 10^4 is accepted with "spec: In Indexed Jobs with a number of completions higher than 10^5 and a parallelism
// higher than 10^4, Kubernetes might not be able to track completedIndexes when a big number of indexes fail"
// (kept suspended here, so no pod is created).
import { spawnSync } from 'node:child_process';
const scenario = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 10s, patch: {kind: Job, name: j, spec: {parallelism: 20000}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  suspend: true
  completions: 200000
  parallelism: 10
  completionMode: Indexed
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'mutations2/indexed-high-parallelism-patch-warns',
  source: 'pkg/api/job/warnings.go WarningsForJobSpec (completions > completionsSoftLimit 100000 && parallelism > 10000: "%s: %s" with path spec); pkg/registry/batch/job/strategy.go WarningsOnUpdate (generation changed)',
  scenario,
  check(r, h) {
    h.eq(h.job('j').metadata.generation, 2, 'accepted');
    const run = spawnSync('node_modules/.bin/jobsim', ['run', '-', '-o', 'summary'], { input: scenario, encoding: 'utf8' });
    h.eq(run.status, 0, 'exit status');
    const w = run.stderr.split('\n').filter((l) => /might not be able to track completedIndexes/.test(l));
    h.eq(w.length, 1, `one warning (the patch; the created Job has parallelism 10): ${JSON.stringify(run.stderr.slice(0, 300))}`);
    h.assert(w[0].endsWith('Job default/j: spec: In Indexed Jobs with a number of completions higher than 10^5 and a parallelism higher than 10^4, Kubernetes might not be able to track completedIndexes when a big number of indexes fail'), w[0]);
  },
};
