// An Indexed Job with completions 0 completes in its first sync (succeeded 0 >= 0, no active pod):
// reason CompletionsReached, no pod, completionTime = startTime = +0s; completedIndexes omitted.
export default {
  id: 'jobtbl2/sp-completions-zero',
  source: 'job_controller.go syncJob (complete = succeeded >= completions && active == 0; newSuccessCondition CompletionsReached); TestControllerSyncJob "indexed job with completions 0"-style rows; reference §2.6 step 5, §15 item 12',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 0
  completionMode: Indexed
  template:
    spec:
      containers: [{ name: c, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('x');
    const c = h.hasCond(j, 'Complete', 'CompletionsReached');
    h.eq([h.sec(c.lastTransitionTime), h.sec(j.status.startTime), h.sec(j.status.completionTime), c.message], [0, 0, 0, 'Reached expected number of succeeded pods'], 'times');
    h.eq([h.podsOf('x').length, j.status.completedIndexes, j.status.succeeded], [0, undefined, undefined], '[pods, completedIndexes, succeeded]');
  },
};
