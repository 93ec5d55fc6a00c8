// While an evicted pod is stuck Terminating: TerminatingOrFailed shows active 1 (replacement), failed 1, terminating 1;
// Failed shows active 0, failed 0, terminating 1.
const doc = (name, pol) => `
apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  podReplacementPolicy: ${pol}
  template:
    metadata:
      annotations:
        jobsim/duration: "20m"
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`;
export default {
  id: 'job/prp-status-while-terminating',
  source: 'job_controller.go syncJob status.terminating (CountTerminatingPods), isPodFailed, onlyReplaceFailedPods; reference §2.10, §4',
  args: ['--duration', '10m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: prp}
spec:
  cluster:
    nodePools:
      - name: w
        count: 2
  faults:
    - { at: 60s, nodeDown: w-1, for: 15m }
---${doc('tof', 'TerminatingOrFailed')}---${doc('fail', 'Failed')}`,
  check(r, h) {
    const s = (j) => [j.status.active ?? 0, j.status.failed ?? 0, j.status.terminating ?? 0];
    h.eq(s(h.job('tof')), [1, 1, 1], 'TerminatingOrFailed [active, failed, terminating]');
    h.eq(s(h.job('fail')), [0, 0, 1], 'Failed [active, failed, terminating]');
    h.eq(h.podsOf('fail').length, 1, 'Failed: no replacement yet');
  },
};
