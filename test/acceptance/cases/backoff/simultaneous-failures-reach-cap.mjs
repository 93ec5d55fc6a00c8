// Failures that finish at one instant each count: six at once give 10s * 2^5 = 320s; eight at once would give
// 1280s and are cut to the 10-minute cap at once (the doubling loop stops at the cap). The replacements of each Job
// are all created in the one sync at the end of the wait (slow start 1, 2, then the rest), at 330s and 610s.
export default {
  id: 'backoff/simultaneous-failures-reach-cap',
  source: 'backoff_utils.go newBackoffRecord (failuresAfterLastSuccess += len(newFailedPods)), getRemainingTimeForFailuresCount (doubling stops at maxBackoff); job_controller.go MaxJobPodFailureBackOff = 10 * time.Minute, manageJob slow-start batches',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: six}
spec:
  completions: 6
  parallelism: 6
  backoffLimit: 20
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,1,1,1,1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: eight}
spec:
  completions: 8
  parallelism: 8
  backoffLimit: 20
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,1,1,1,1,1,1,0"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const created = (job) => h.events({ kind: 'Job', name: job, reason: 'SuccessfulCreate' }).map((e) => h.sec(e.firstTimestamp));
    h.eq(created('six'), [0, 0, 0, 0, 0, 0, 330, 330, 330, 330, 330, 330], 'six: SuccessfulCreate times');
    h.eq(created('eight'), [...Array(8).fill(0), ...Array(8).fill(610)], 'eight: SuccessfulCreate times');
    const six = h.job('six'), eight = h.job('eight');
    h.eq([six.status.failed, six.status.succeeded, h.sec(six.status.completionTime)], [6, 6, 341], 'six: [failed, succeeded, completionTime]');
    h.eq([eight.status.failed, eight.status.succeeded, h.sec(eight.status.completionTime)], [8, 8, 621], 'eight: [failed, succeeded, completionTime]');
  },
};
