// Resuming a Job created suspended: Suspended condition flips to False/JobResumed in place, Resumed event, startTime = resume time.
export default {
  id: 'job/resume-resets-starttime',
  source: 'job_controller.go syncJob (ensureJobConditionStatus Suspended False "JobResumed" "Job resumed"; StartTime reset to now on resume); reference §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s1}
spec:
  duration: 5m
  timeline:
    - { at: 1m, patch: { kind: Job, name: sj, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: sj
spec:
  suspend: true
  template:
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('sj');
    h.eq(h.sec(job.status.startTime), 60, 'startTime = resume time');
    const conds = job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]);
    h.eq(conds, [
      ['Suspended', 'False', 'JobResumed', 'Job resumed', 60],
      ['SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 71],
      ['Complete', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 71],
    ], 'conditions');
    const pod = h.podsOf('sj')[0];
    const ev = h.events({ kind: 'Job', name: 'sj' }).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]);
    h.eq(ev, [
      ['Suspended', 'Job suspended', 0],
      ['SuccessfulCreate', `Created pod: ${pod.metadata.name}`, 60],
      ['Resumed', 'Job resumed', 60],
      ['Completed', 'Job completed', 71],
    ], 'Job events');
  },
};
