// TestControllerSyncJob row "correct # of pods": parallelism 3, three active pods of which two are
// ready -> no creation, status.active 3, status.ready 2. Here the third pod cannot be scheduled
// (one node with room for two pods), so it stays Pending and not ready.
export default {
  id: 'jobtable/sync-correct-pods-ready',
  source: 'job_controller_test.go TestControllerSyncJob "correct # of pods"; job_controller.go countReadyPods(activePods); reference §2.1, §2.10',
  args: ['--duration', '60s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ready}
spec:
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "4", memory: 16Gi, pods: 2}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: three}
spec:
  parallelism: 3
  completions: 5
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const s = h.job('three').status;
    h.eq([s.active, s.ready, s.terminating, s.succeeded ?? 0, s.failed ?? 0], [3, 2, 0, 0, 0], '[active, ready, terminating, succeeded, failed]');
    const pods = h.podsOf('three');
    h.eq(pods.length, 3, 'no pod created beyond parallelism');
    h.eq(pods.map((p) => p.status.phase).sort(), ['Pending', 'Running', 'Running'], 'pod phases');
    h.eq(h.events({ kind: 'Job', name: 'three', reason: 'SuccessfulCreate' }).map((e) => h.sec(e.firstTimestamp)), [0, 0, 0], 'creations');
  },
};
