// parallelism 1 < completions 3 with backoffLimitPerIndex: while index 0 is in its per-index back-off, the controller
// does not move on to index 1: the lowest pending index is picked first and, as it cannot be created yet, the sync
// only requeues. Index 1 starts after index 0 succeeded.
export default {
  id: 'indexed/blpi-parallelism-waits-for-index',
  source: 'job_controller.go manageJob (firstPendingIndexes(diff) then getPodCreationInfoForIndependentIndexes, requeue when none can be created); indexed_job_utils.go firstPendingIndexes; reference §2.6 step 4',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pw}
spec:
  behaviors:
    - selector: {matchLabels: {app: pw}}
      duration: 10s
      perIndex:
        "0": {exitCodes: [1, 0]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pw}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 1
  backoffLimitPerIndex: 1
  template:
    metadata: {labels: {app: pw}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const created = h.events({ kind: 'Job', name: 'pw', reason: 'SuccessfulCreate' }).map((e) => [e.message.replace(/^Created pod: (pw-\d)-[a-z0-9]{5}$/, '$1'), h.sec(e.firstTimestamp)]);
    h.eq(created, [['pw-0', 0], ['pw-0', 20], ['pw-1', 31], ['pw-2', 42]], 'pod creations');
    h.eq(h.sec(h.job('pw').status.completionTime), 53, 'completionTime');
  },
};
