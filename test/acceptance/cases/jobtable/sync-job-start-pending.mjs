// TestControllerSyncJob rows "job start", "WQ job start", "pending pods": the first sync creates
// parallelism pods (completions 5 or nil), status.active 2, status.ready 0 (a pointer, written at 0)
// while the pods are still Pending (image pull 30s), startTime set on that first sync, no condition.
export default {
  id: 'jobtable/sync-job-start-pending',
  source: 'job_controller_test.go TestControllerSyncJob "job start", "WQ job start", "pending pods"; job_controller.go syncJob (StartTime on first sync, Ready = countReadyPods), manageJob; reference §2.6, §2.10',
  args: ['--duration', '20s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: start}
spec:
  latencies: {imagePull: 30s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: fixed}
spec:
  parallelism: 2
  completions: 5
  backoffLimit: 6
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: wq}
spec:
  parallelism: 2
  backoffLimit: 6
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    for (const name of ['fixed', 'wq']) {
      const job = h.job(name);
      const s = job.status;
      h.eq([s.active, s.ready, s.terminating, s.succeeded ?? 0, s.failed ?? 0], [2, 0, 0, 0, 0], `${name} [active, ready, terminating, succeeded, failed]`);
      h.eq(h.sec(s.startTime), 0, `${name} startTime`);
      h.eq(s.conditions ?? [], [], `${name} conditions`);
      const pods = h.podsOf(name);
      h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase]), [[0, 'Pending'], [0, 'Pending']], `${name} pods`);
      h.eq(pods.map((p) => p.spec.hostname), [undefined, undefined], `${name} NonIndexed pods have no hostname`);
      h.eq(h.events({ kind: 'Job', name, reason: 'SuccessfulCreate' }).length, 2, `${name} SuccessfulCreate events`);
    }
    h.eq(h.job('wq').spec.completions, undefined, 'wq: completions stays nil');
  },
};
