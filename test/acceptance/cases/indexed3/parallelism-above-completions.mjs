// Indexed with parallelism 5 > completions 2: wantActive = min(completions - succeeded, parallelism) = 2, so only
// indexes 0 and 1 are ever created; status.active never goes above 2.
export default {
  id: 'indexed3/parallelism-above-completions',
  source: 'pkg/controller/job/job_controller.go manageJob (wantActive clamped by completions - succeeded); indexed_job_utils.go firstPendingIndexes (candidate < completions); reference §2.6 step 2',
  args: ['--duration', '5s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pa}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 5
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.podsOf('pa').map((p) => p.metadata.generateName).sort(), ['pa-0-', 'pa-1-'], 'pods');
    h.eq([h.job('pa').status.active, h.job('pa').status.ready], [2, 2], '[active, ready]');
  },
};
