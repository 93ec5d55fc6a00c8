// A TTL that has not expired when the run ends leaves the Job alone: Complete at 11s, ttlSecondsAfterFinished 3600, run of 10m:
// no deletionTimestamp, no foregroundDeletion finalizer, generation 1, its pod still there with the job-tracking finalizer gone.
export default {
  id: 'deadlines/ttl-longer-than-run',
  source: 'pkg/controller/ttlafterfinished/ttlafterfinished_controller.go processTTL (remaining > 0: AddAfter, nothing deleted); job_controller.go (finalizer removed when counted); reference cronjob-and-friends §4',
  args: ['--duration', '10m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: keep}
spec:
  ttlSecondsAfterFinished: 3600
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('keep');
    h.eq([job.metadata.deletionTimestamp ?? null, job.metadata.finalizers ?? null, job.metadata.generation], [null, null, 1], 'Job [deletionTimestamp, finalizers, generation]');
    h.eq(h.sec(h.cond(job, 'Complete').lastTransitionTime), 11, 'Complete');
    const [pod] = h.podsOf('keep');
    h.eq([pod.metadata.deletionTimestamp ?? null, pod.metadata.finalizers ?? null, pod.status.phase], [null, null, 'Succeeded'], 'pod');
  },
};
