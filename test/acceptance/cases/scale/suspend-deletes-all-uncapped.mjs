// Suspending a Job deletes every active pod in one sync: the suspend branch of manageJob has no 500 cap.
export default {
  id: 'scale/suspend-deletes-all-uncapped',
  source: 'job_controller.go manageJob: jobSuspended -> activePodsForRemoval(job, activePods, active) -> deleteJobPods (no MaxPodCreateDeletePerSync cap)',
  args: ['--duration', '40s'],
  timeoutMs: 120000,
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  cluster:
    nodePools:
    - { name: w, count: 20, capacity: { cpu: "64", memory: 256Gi, pods: 110 } }
  timeline:
  - { at: 30s, patch: { kind: Job, name: big, spec: { suspend: true } } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: big }
spec:
  parallelism: 1200
  completions: 1200
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const per = {};
    for (const e of h.events({ kind: 'Job', name: 'big', reason: 'SuccessfulDelete' })) per[h.sec(e.firstTimestamp)] = (per[h.sec(e.firstTimestamp)] ?? 0) + 1;
    h.eq(per, { 30: 1200 }, 'SuccessfulDelete per second');
    const s = h.events({ kind: 'Job', name: 'big', reason: 'Suspended' });
    h.eq(s.map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, 'Job suspended']], 'Suspended event');
    h.eq(h.job('big').status.active, undefined, 'active omitted');
  },
};
