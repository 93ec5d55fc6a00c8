// While its only container waits in CrashLoopBackOff, the pod stays Running but not Ready (ContainersNotReady),
// so the Job shows active 1, ready 0 and no failure (restarts are not failed pods; backoffLimit 100 not reached).
export default {
  id: 'backoff/crashloop-job-status',
  source: 'kubelet status_manager / kubelet_pods.go generateAPIPodStatus (Ready False, reason ContainersNotReady, "containers with unready status: [c]"); job_controller.go countReadyPods, pastBackoffLimitOnFailure (sum of restartCount >= backoffLimit)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec: { duration: 45s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: s }
spec:
  backoffLimit: 100
  template:
    metadata: { annotations: { jobsim/duration: "10s", jobsim/exit-codes: "1" } }
    spec:
      restartPolicy: OnFailure
      containers: [{ name: c, image: busybox }]
`,
  check(r, h) {
    const p = h.podsOf('s')[0];
    // runs 0-10, 10-20, then waits 20-30, runs 30-40, waits 40-60 (20s)
    h.eq(p.status.phase, 'Running', 'pod phase');
    const ready = h.anyCond(p, 'Ready');
    h.eq([ready?.status, ready?.reason, ready?.message], ['False', 'ContainersNotReady', 'containers with unready status: [c]'], 'Ready condition');
    h.eq(p.status.containerStatuses[0].restartCount, 2, 'restartCount');
    const job = h.job('s');
    h.eq([job.status.active, job.status.ready, job.status.failed ?? 0], [1, 0, 0], '[active, ready, failed]');
  },
};
