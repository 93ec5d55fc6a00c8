// Changing activeDeadlineSeconds on a running Job re-schedules the deadline sync: lowered to 30 at 10s fails at 30s;
// lowered to 30 at 50s (already elapsed) fails at once, in the immediate sync of the spec change.
const job = (name) => `
apiVersion: batch/v1
kind: Job
metadata:
  name: ${name}
spec:
  activeDeadlineSeconds: 100
  template:
    metadata:
      annotations:
        jobsim/duration: "200s"
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`;
export default {
  id: 'job/ads-patch-reschedules',
  source: 'job_controller.go updateJob (generation change: enqueueSyncJobImmediately; ADS changed: queue.AddAfter(total-passed)), syncJob pastActiveDeadline; reference §3.6, §9',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: adsp}
spec:
  timeline:
    - { at: 10s, patch: { kind: Job, name: soon, spec: { activeDeadlineSeconds: 30 } } }
    - { at: 50s, patch: { kind: Job, name: past, spec: { activeDeadlineSeconds: 30 } } }
---${job('soon')}---${job('past')}`,
  check(r, h) {
    h.eq(h.sec(h.hasCond(h.job('soon'), 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), 30, 'soon: FailureTarget at the new deadline');
    h.eq(h.sec(h.hasCond(h.job('past'), 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), 50, 'past: FailureTarget at the patch');
    h.eq(h.sec(h.hasCond(h.job('past'), 'Failed', 'DeadlineExceeded').lastTransitionTime), 51, 'past: Failed after the pod terminated');
  },
};
