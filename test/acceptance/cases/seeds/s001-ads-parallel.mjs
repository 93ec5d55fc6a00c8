// Seed 001's two snippets together on its Job (activeDeadlineSeconds 300 with parallelism 5 / completions 20, pods of
// 4 min): the first 5 pods succeed at +240s, 5 more start at +241s; at +300s the deadline deletes those 5 running pods,
// which count as failed (failed 5, succeeded 5); no pod is created after the deadline; Failed at +301s.
export default {
  id: 'seeds/s001-ads-parallel',
  source: 'job_controller.go pastActiveDeadline, deleteActivePods, trackJobStatusAndRemoveFinalizers (pods of a failing Job count as failed); reference job §2.5, §2.7, §9',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  backoffLimit: 5
  activeDeadlineSeconds: 300
  parallelism: 5
  completions: 20
  template:
    metadata:
      annotations:
        jobsim/duration: "4m"
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('data-processing-job');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'DeadlineExceeded', 300], ['Failed', 'DeadlineExceeded', 301]], 'conditions');
    h.eq([job.status.succeeded, job.status.failed, job.status.active, job.status.terminating], [5, 5, undefined, 0], 'counters');
    const pods = h.podsOf('data-processing-job');
    h.eq(pods.length, 10, 'no pod after the deadline');
    const killed = pods.filter((p) => h.sec(p.metadata.creationTimestamp) === 241);
    h.eq(killed.map((p) => [p.status.phase, h.exitCodeOf(p), h.sec(p.metadata.deletionTimestamp)]), Array(5).fill(['Failed', 143, 330]), 'running pods killed');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), Array(5).fill(300), 'deletions at the deadline');
  },
};
