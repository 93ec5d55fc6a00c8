// A Job created suspended: no pods, no startTime, Suspended=True JobSuspended "Job suspended", one Suspended event;
// activeDeadlineSeconds never fires while suspended.
export default {
  id: 'job/suspend-created',
  source: 'job_controller.go syncJob (StartTime only if not suspended; ensureJobConditionStatus Suspended; pastActiveDeadline false when suspended); reference §8, §9',
  args: ['--duration', '10m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: susp
spec:
  suspend: true
  activeDeadlineSeconds: 30
  template:
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('susp');
    h.eq(h.podsOf('susp').length, 0, 'pods');
    h.eq(job.status.startTime, undefined, 'startTime');
    const conds = job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime), h.sec(c.lastProbeTime)]);
    h.eq(conds, [['Suspended', 'True', 'JobSuspended', 'Job suspended', 0, 0]], 'conditions');
    const ev = h.events({ kind: 'Job', name: 'susp' }).map((e) => [e.type, e.reason, e.message, h.sec(e.firstTimestamp)]);
    h.eq(ev, [['Normal', 'Suspended', 'Job suspended', 0]], 'Job events');
  },
};
