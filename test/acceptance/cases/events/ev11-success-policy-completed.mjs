// A success policy met: the remaining pods are deleted (SuccessfulDelete, Killing) and the Job's only
// terminal event is Normal Completed "Job completed" (the reason SuccessPolicy is on the conditions, not
// on an event); no Warning at all.
export default {
  id: 'events/ev11-success-policy-completed',
  source: 'job_controller.go recordJobFinished (JobComplete -> Normal "Completed" "Job completed"); success_policy.go; reference job-controller.md §7, §11',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sp}
spec:
  behaviors:
  - selector: {matchLabels: {batch.kubernetes.io/job-completion-index: "0"}}
    duration: 10s
  - selector: {matchLabels: {app: sp}}
    duration: 10m
---
apiVersion: batch/v1
kind: Job
metadata: {name: sp}
spec:
  completions: 3
  parallelism: 3
  completionMode: Indexed
  successPolicy:
    rules: [{succeededIndexes: "0"}]
  template:
    metadata: {labels: {app: sp}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const jobEv = h.events({ kind: 'Job', name: 'sp' }).filter((e) => h.sec(e.firstTimestamp) > 0).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message.replace(/sp-\d-\w+/, 'POD')]);
    h.eq(jobEv, [[11, 'Normal', 'SuccessfulDelete', 'Deleted pod: POD'], [11, 'Normal', 'SuccessfulDelete', 'Deleted pod: POD'], [12, 'Normal', 'Completed', 'Job completed']], 'Job events');
    h.eq(r.events.filter((e) => e.type === 'Warning').length, 0, 'no warnings');
    h.eq(h.events({ reason: 'Killing' }).length, 2, 'two Killing');
    const c = h.hasCond(h.job('sp'), 'Complete', 'SuccessPolicy');
    h.eq(c.message, 'Matched rules at index 0', 'Complete message');
  },
};
