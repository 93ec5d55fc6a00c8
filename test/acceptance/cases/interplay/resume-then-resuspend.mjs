// A Job created suspended is resumed at 10s and suspended again at 10.5s: the resume creates both pods (slow
// start 1, 2) and writes Resumed and startTime 10s; the second suspension deletes them (SuccessfulDelete, not
// failures) and the one Suspended condition goes back to True/JobSuspended in place. startTime stays 10s.
// Patching suspend: false on a Job that was never suspended adds no Suspended condition and no event.
export default {
  id: 'interplay/resume-then-resuspend',
  source: 'job_controller.go syncJob (ensureJobConditionStatus: a False status is not appended when absent; replaced in place when it changes), manageJob suspend branch; reference §8',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip19}
spec:
  timeline:
    - { at: 10s, patch: { kind: Job, name: j, spec: { suspend: false } } }
    - { at: 10500ms, patch: { kind: Job, name: j, spec: { suspend: true } } }
    - { at: 10s, patch: { kind: Job, name: plain, spec: { suspend: false } } }
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  suspend: true
  parallelism: 2
  completions: 2
  template:
    metadata: {annotations: {jobsim/duration: "60s"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: plain}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "60s"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('j');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [['Suspended', 'True', 'JobSuspended', 'Job suspended', 10]], 'one Suspended condition');
    h.eq([h.sec(job.status.startTime), job.status.active ?? 0, job.status.failed ?? 0], [10, 0, 0], '[startTime, active, failed]');
    const pods = h.podsOf('j');
    h.eq(pods.map((p) => [h.sec(p.metadata.creationTimestamp), h.sec(p.metadata.deletionTimestamp)]), [[10, 40], [10, 40]], 'pods [created, deletionTimestamp]');
    h.eq(h.events({ kind: 'Job', name: 'j' }).map((e) => [e.reason, h.sec(e.firstTimestamp)]),
      [['Suspended', 0], ['SuccessfulCreate', 10], ['SuccessfulCreate', 10], ['Resumed', 10], ['SuccessfulDelete', 10], ['SuccessfulDelete', 10], ['Suspended', 10]], 'Job events');
    const plain = h.job('plain');
    h.eq(plain.status.conditions.map((c) => c.type), ['SuccessCriteriaMet', 'Complete'], 'plain: no Suspended condition');
    h.eq(h.events({ kind: 'Job', name: 'plain' }).filter((e) => e.reason === 'Resumed' || e.reason === 'Suspended').length, 0, 'plain: no Suspended/Resumed event');
  },
};
