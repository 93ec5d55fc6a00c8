// Created suspended, resumed at 30s: the Suspended condition is replaced by False/JobResumed/"Job resumed" with probe and
// transition times 30s; startTime 30s; it stays first, followed by SuccessCriteriaMet and Complete at 41s.
export default {
  id: 'jobstatus2/resumed-created-suspended-final',
  source: 'pkg/controller/job/job_controller.go syncJob (ensureJobConditionStatus(JobSuspended, False, "JobResumed", "Job resumed"); StartTime = now on resume)',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s}
spec:
  timeline:
  - {at: 30s, patch: {kind: Job, name: r, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: r}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: c, image: "busybox:1.36"}]
      restartPolicy: Never
`,
  check(r, h) {
    const s = h.job('r').status;
    h.eq(s.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastProbeTime), h.sec(c.lastTransitionTime)]), [
      ['Suspended', 'False', 'JobResumed', 'Job resumed', 30, 30],
      ['SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 41, 41],
      ['Complete', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 41, 41],
    ], 'conditions');
    h.eq([h.sec(s.startTime), h.sec(s.completionTime), s.succeeded], [30, 41, 1], '[startTime, completionTime, succeeded]');
  },
};
