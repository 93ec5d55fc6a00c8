// completions 0: the Job completes in its first sync; the only event is Normal Completed "Job completed" at +0s.
export default {
  id: 'events/ev12-completions-zero',
  source: 'job_controller.go syncJob (succeeded >= completions && active == 0 on the first sync), recordJobFinished; reference job-controller.md §15 item 12',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: z}
spec:
  completions: 0
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    h.eq(r.events.map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]), [[0, 'Normal', 'Completed', 'Job completed']], 'events');
  },
};
