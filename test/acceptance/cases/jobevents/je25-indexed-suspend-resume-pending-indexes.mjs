// Indexed: index 0 completes at 5s; a suspension at 10s deletes indexes 1 and 2 (not counted); the resume at 20s
// creates exactly the pending indexes 1 and 2 (names <job>-<index>-xxxxx), before Resumed; completedIndexes keeps "0".
export default {
  id: 'jobevents/je25-indexed-suspend-resume-pending-indexes',
  source: 'job_controller.go manageJob (jobSuspended -> deleteJobPods; firstPendingIndexes; podGenerateNameWithIndex), syncJob Suspended/Resumed, recordJobFinished',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  behaviors:
    - selector: {matchLabels: {batch.kubernetes.io/job-name: ix}}
      duration: 1m
      perIndex:
        "0": {duration: 5s}
  timeline:
    - {at: 10s, patch: {kind: Job, name: ix, spec: {suspend: true}}}
    - {at: 20s, patch: {kind: Job, name: ix, spec: {suspend: false}}}
`,
  check(r, h) {
    const ev = h.events({ kind: 'Job', name: 'ix' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message.replace(/-[a-z0-9]{5}$/, '-xxxxx')]);
    h.eq(ev.slice(0, 3).map((e) => e.slice(0, 2)), [[0, 'SuccessfulCreate'], [0, 'SuccessfulCreate'], [0, 'SuccessfulCreate']], 'creates at 0');
    const later = ev.slice(3);
    h.eq(later.map((e) => e.slice(0, 2)), [[10, 'SuccessfulDelete'], [10, 'SuccessfulDelete'], [10, 'Suspended'], [20, 'SuccessfulCreate'], [20, 'SuccessfulCreate'], [20, 'Resumed'], [81, 'Completed']], 'events after start');
    h.eq(later.slice(0, 2).map((e) => e[2]).sort(), ['Deleted pod: ix-1-xxxxx', 'Deleted pod: ix-2-xxxxx'], 'deleted indexes');
    h.eq(later.slice(3, 5).map((e) => e[2]).sort(), ['Created pod: ix-1-xxxxx', 'Created pod: ix-2-xxxxx'], 'recreated indexes');
    const s = h.job('ix').status;
    h.eq([s.completedIndexes, s.succeeded, s.failed, h.sec(s.completionTime), h.podsOf('ix').length], ['0-2', 3, undefined, 81, 5], '[completedIndexes, succeeded, failed, completionTime, pods]');
  },
};
