// Lowering parallelism deletes surplus pods at once (not counted as failed); raising it creates pods at once.
const job = (name, p) => `
apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  completions: 10
  parallelism: ${p}
  template:
    metadata:
      annotations:
        jobsim/duration: "100s"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`;
export default {
  id: 'job/parallelism-scale',
  source: 'job_controller.go updateJob (generation change: immediate sync), manageJob (rmAtLeast = active - wantActive, deleteJobPods removes finalizer first; creations); reference §2.6 steps 2-4, §15 item 4',
  args: ['--duration', '60s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: scale}
spec:
  timeline:
    - { at: 30s, patch: { kind: Job, name: down, spec: { parallelism: 1 } } }
    - { at: 30s, patch: { kind: Job, name: up, spec: { parallelism: 3 } } }
---${job('down', 3)}---${job('up', 1)}`,
  check(r, h) {
    const down = h.job('down');
    h.eq([down.status.active, down.status.failed ?? 0, down.status.succeeded ?? 0], [1, 0, 0], 'down [active, failed, succeeded]');
    h.eq(h.events({ kind: 'Job', name: 'down', reason: 'SuccessfulDelete' }).map((e) => h.sec(e.firstTimestamp)), [30, 30], 'down: two deletions at 30s');
    const deleted = h.podsOf('down').filter((p) => p.metadata.deletionTimestamp);
    h.eq(deleted.length, 2, 'down: two pods deleted');
    const up = h.job('up');
    h.eq(up.status.active, 3, 'up: active');
    h.eq(h.podsOf('up').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 30, 30], 'up: creation times');
  },
};
