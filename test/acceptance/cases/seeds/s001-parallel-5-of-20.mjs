// Seed 001 "parallelism: 5, completions: 20" ("process 20 items in batches of 5"): 5 pods at once; each sync after
// pods finish (1s batching) tops the Job back up to 5: creations at 0, 11, 22, 33s, never more than 5 at a time;
// Complete at +44s with succeeded 20. (Upstream keeps 5 running, it does not wait for a whole batch: here the
// pods are identical, so the waves coincide.)
export default {
  id: 'seeds/s001-parallel-5-of-20',
  source: 'job_controller.go manageJob (wantActive = min(completions - succeeded, parallelism); slow-start batches); reference job §2.6',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  parallelism: 5
  completions: 20
  template:
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
      restartPolicy: OnFailure
  backoffLimit: 3
`,
  check(r, h) {
    const pods = h.podsOf('data-processing-job');
    h.eq(pods.length, 20, 'pods created');
    const byT = {};
    for (const p of pods) { const t = h.sec(p.metadata.creationTimestamp); byT[t] = (byT[t] ?? 0) + 1; }
    h.eq(byT, { 0: 5, 11: 5, 22: 5, 33: 5 }, 'creations per instant');
    h.eq(pods.every((p) => p.status.phase === 'Succeeded'), true, 'all Succeeded');
    // never more than 5 running: intervals [start, finish)
    const iv = pods.map((p) => [h.sec(p.status.containerStatuses[0].state.terminated.startedAt), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)]);
    const maxRun = Math.max(...iv.map(([s]) => iv.filter(([a, b]) => a <= s && s < b).length));
    h.eq(maxRun, 5, 'max concurrent');
    const job = h.job('data-processing-job');
    h.eq([job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], [20, undefined, 44], 'status');
    h.hasCond(job, 'Complete', 'CompletionsReached');
  },
};
