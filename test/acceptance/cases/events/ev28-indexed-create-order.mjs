// Indexed Job, parallelism 3: SuccessfulCreate "Created pod: <job>-<index>-<suffix>" for indexes 0, 1, 2 in
// that order (lowest indexes first; slow-start batches 1 then 2 in one sync), all at +0s.
export default {
  id: 'events/ev28-indexed-create-order',
  source: 'job_controller.go manageJob (firstPendingIndexes ascending, batches of 1, 2, ...); indexed_job_utils.go podGenerateNameWithIndex ("<job>-<index>-"); controller_utils.go CreatePods "Created pod: %v"',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completions: 5
  parallelism: 3
  completionMode: Indexed
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const sc = h.events({ reason: 'SuccessfulCreate' });
    const first = sc.filter((e) => h.sec(e.firstTimestamp) === 0).map((e) => e.message.replace(/-\w{5}$/, ''));
    h.eq(first, ['Created pod: ix-0', 'Created pod: ix-1', 'Created pod: ix-2'], 'first three in index order');
    const later = sc.filter((e) => h.sec(e.firstTimestamp) > 0).map((e) => [h.sec(e.firstTimestamp), e.message.replace(/-\w{5}$/, '')]);
    h.eq(later, [[11, 'Created pod: ix-3'], [11, 'Created pod: ix-4']], 'the rest one sync after the first successes');
  },
};
