// activeDeadlineSeconds 20 with three running pods: at 20s three SuccessfulDelete (no failure event yet), FailureTarget
// DeadlineExceeded; the pods exit 143 at once and the batched sync at 21s writes Failed and the Warning
// DeadlineExceeded "Job was active longer than specified deadline"; the three killed pods count as failed.
export default {
  id: 'jobevents/je15-deadline-three-pods',
  source: 'job_controller.go syncJob (pastActiveDeadline ">=", queue.AddAfter at the deadline; deleteActivePods -> DeletePod "Deleted pod: %v"), recordJobFinished at Failed',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: d3}
spec:
  parallelism: 3
  completions: 3
  activeDeadlineSeconds: 20
  template:
    metadata: {annotations: {jobsim/duration: "1m"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'd3' }).filter((e) => h.sec(e.firstTimestamp) > 0).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason]);
    h.eq(ev, [[20, 'Normal', 'SuccessfulDelete'], [20, 'Normal', 'SuccessfulDelete'], [20, 'Normal', 'SuccessfulDelete'], [21, 'Warning', 'DeadlineExceeded']], 'job events after start');
    h.eq(h.events({ kind: 'Job', name: 'd3', reason: 'SuccessfulDelete' }).map((e) => e.message).sort(), h.podsOf('d3').map((p) => `Deleted pod: ${p.metadata.name}`).sort(), 'every pod deleted once');
    const s = h.job('d3').status;
    h.eq(s.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'DeadlineExceeded', 'Job was active longer than specified deadline', 20], ['Failed', 'DeadlineExceeded', 'Job was active longer than specified deadline', 21]], 'conditions');
    h.eq([s.failed, s.active, s.terminating, s.ready], [3, undefined, 0, 0], '[failed, active, terminating, ready]');
  },
};
