// e2e ttl_after_finished.go "job should be deleted once it finishes after TTL seconds": ttlSecondsAfterFinished 10;
// the TTL controller deletes the Job 10s after its Complete condition's lastTransitionTime (Foreground).
export default {
  id: 'upstreamtests/e2e-ttl-after-finished',
  source: 'test/e2e/apps/ttl_after_finished.go testFinishedJob (ttl 10, WaitForJobFinish, WaitForJobGone; finishTime from the Complete condition); ttlafterfinished_controller.go processJob (Foreground)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: rand-non-local}
spec:
  ttlSecondsAfterFinished: 10
  parallelism: 1
  completions: 1
  template:
    metadata: {annotations: {jobsim/duration: 5s}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('rand-non-local');
    const done = h.sec(h.cond(job, 'Complete').lastTransitionTime);
    h.eq(done, 6, 'Complete at 6s');
    h.eq(h.sec(job.metadata.deletionTimestamp), done + 10, 'deleted 10s after Complete');
    h.eq(h.events({ kind: 'Job' }).map((e) => e.reason), ['SuccessfulCreate', 'Completed'], 'no TTL event');
  },
};
