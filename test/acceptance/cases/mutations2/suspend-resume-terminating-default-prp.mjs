// Default podReplacementPolicy (TerminatingOrFailed): pods deleted by a suspension at 20s ignore SIGTERM and stay
// terminating until SIGKILL at 50s (grace 30). The resume at 30s does not wait for them: two new pods at once. At
// 35s: active 2, ready 2, terminating 2, startTime 30s.
export default {
  id: 'mutations2/suspend-resume-terminating-default-prp',
  source: 'job_controller.go manageJob (terminating pods are subtracted from the creations only when onlyReplaceFailedPods; trackTerminatingPods: status.terminating); reference job-controller §4, §8',
  args: ['--duration', '35s'],
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 20s, patch: {kind: Job, name: t, spec: {suspend: true}}}
  - {at: 30s, patch: {kind: Job, name: t, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/duration: 100s, jobsim/on-sigterm: ignore}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('t');
    h.eq([j.status.active, j.status.ready, j.status.terminating, h.sec(j.status.startTime), j.status.failed ?? 0], [2, 2, 2, 30, 0], '[active, ready, terminating, startTime, failed]');
    h.eq(h.podsOf('t').map((p) => [h.sec(p.metadata.creationTimestamp), p.status.phase, p.metadata.deletionTimestamp ? h.sec(p.metadata.deletionTimestamp) : null]),
      [[0, 'Running', 50], [0, 'Running', 50], [30, 'Running', null], [30, 'Running', null]], 'pods [created, phase, deletionTimestamp]');
  },
};
