// Contract §1: exit 0 means the simulation ran, whatever the Jobs did: a Job failing with
// BackoffLimitExceeded and another with DeadlineExceeded still exit 0 with the full result.
export default {
  id: 'contract/exit-0-when-jobs-fail',
  source: 'CONTRACT.md §1 ("Exit status: 0 the simulation ran (whatever the Jobs did)")',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: bad}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "2"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: slow}
spec:
  activeDeadlineSeconds: 30
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    h.hasCond(h.job('bad'), 'Failed', 'BackoffLimitExceeded');
    h.hasCond(h.job('slow'), 'Failed', 'DeadlineExceeded');
    h.eq([r.metrics.jobs.complete, r.metrics.jobs.failed], [0, 2], 'metrics.jobs');
    h.eq(r.metrics.jobs.failedReasons, { BackoffLimitExceeded: 1, DeadlineExceeded: 1 }, 'failedReasons');
  },
};
