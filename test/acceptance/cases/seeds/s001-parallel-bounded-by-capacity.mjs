// Seed 001 parallel Job on a one-node cluster that takes 3 pods: parallelism 5 is an upper bound, not a promise:
// the Job creates 5, the scheduler binds 3 and reports FailedScheduling "Too many pods" for the others, which run
// when pods finish. It still completes (20 succeeded), later: +71s instead of +44s.
export default {
  id: 'seeds/s001-parallel-bounded-by-capacity',
  source: 'kube-scheduler NodeResourcesFit (allowed pod number, "Too many pods"), DefaultPreemption PostFilter message; job_controller.go manageJob (creates pods regardless of capacity)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: small-cluster
spec:
  cluster:
    nodePools:
      - name: worker
        count: 1
        capacity: { cpu: "4", memory: 16Gi, pods: 3 }
---
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
    const iv = pods.map((p) => [h.sec(p.status.containerStatuses[0].state.terminated.startedAt), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)]);
    const maxRun = Math.max(...iv.map(([s]) => iv.filter(([a, b]) => a <= s && s < b).length));
    h.eq(maxRun, 3, 'max concurrent = node pod capacity');
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.slice(0, 2).map((e) => [h.sec(e.firstTimestamp), e.type, e.message]), [0, 0].map((t) => [t, 'Warning', '0/1 nodes are available: 1 Too many pods. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.']), 'FailedScheduling');
    h.eq(h.events({ reason: 'Scheduled' }).filter((e) => h.sec(e.firstTimestamp) === 0).length, 3, 'three bound at once');
    const job = h.job('data-processing-job');
    h.eq([job.status.succeeded, h.sec(job.status.completionTime)], [20, 71], 'completes later');
  },
};
