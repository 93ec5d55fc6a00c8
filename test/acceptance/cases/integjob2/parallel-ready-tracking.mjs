// TestParallelJob ("Tracks ready pods"): parallelism 5, images take 5s to pull. The pods start and become Ready at 5s;
// the Job controller batches pod updates by 1s, so status.ready goes from 0 to 5 in the sync at 6s (active 5 all along).
export default {
  id: 'integjob2/parallel-ready-tracking',
  source: 'test/integration/job/job_test.go TestParallelJob (setJobPodsReady 2 -> want.Ready 2); job_controller.go syncJob (ready = countReadyPods(activePods)), updatePod (enqueueSyncJobBatched, syncJobBatchPeriod 1s)',
  args: ['--duration', '6s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ready}
spec:
  latencies: {imagePull: 5s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: par}
spec:
  parallelism: 5
  template:
    metadata: {annotations: {jobsim/duration: 30s}}
    spec:
      containers: [{name: main-container, image: foo}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('par');
    h.eq([job.status.active, job.status.ready, job.status.terminating, job.status.failed ?? 0, job.status.succeeded ?? 0], [5, 5, 0, 0, 0], '[active, ready, terminating, failed, succeeded]');
    const pods = h.podsOf('par');
    h.eq(pods.map((p) => { const c = p.status.conditions.find((x) => x.type === 'Ready'); return [p.status.phase, c.status, h.sec(c.lastTransitionTime)]; }),
      Array(5).fill(['Running', 'True', 5]), 'pods [phase, Ready, since]');
    h.eq(job.status.conditions ?? [], [], 'no condition');
  },
};
