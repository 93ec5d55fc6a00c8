// Suspend at 120s, resume at 180s, while the Jobs' pods sit on w-1, which stopped answering at 60s. The suspension
// deletes them (finalizer removed first) but they stay Terminating on the unreachable node. After the resume,
// podReplacementPolicy TerminatingOrFailed (t) creates a replacement at once; Failed (f) waits for the old pod to
// be really gone: it has no replacement while terminating = 1. At 5m: f active 0 / terminating 1, t active 1 /
// terminating 1, neither counts a failure.
const jobs = (name, prp) => `
apiVersion: batch/v1
kind: Job
metadata: {name: ${name}}
spec:${prp ? `\n  podReplacementPolicy: ${prp}` : ''}
  template:
    metadata: {annotations: {jobsim/duration: "20m"}}
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;
export default {
  id: 'interplay/suspend-resume-terminating-on-down-node',
  source: 'job_controller.go manageJob (suspend: deleteJobPods; diff = wantActive - terminating - active when onlyReplaceFailedPods), controller.CountTerminatingPods; reference §4, §8',
  args: ['--duration', '5m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ip11}
spec:
  cluster:
    nodePools:
      - name: w
        count: 2
  faults:
    - { at: 60s, nodeDown: w-1 }
  timeline:
    - { at: 120s, patch: { kind: Job, name: f, spec: { suspend: true } } }
    - { at: 180s, patch: { kind: Job, name: f, spec: { suspend: false } } }
    - { at: 120s, patch: { kind: Job, name: t, spec: { suspend: true } } }
    - { at: 180s, patch: { kind: Job, name: t, spec: { suspend: false } } }
---${jobs('f', 'Failed')}---${jobs('t')}`,
  check(r, h) {
    const f = h.job('f');
    const t = h.job('t');
    h.eq([f.status.active ?? 0, f.status.terminating, f.status.failed ?? 0, h.sec(f.status.startTime)], [0, 1, 0, 180], 'f [active, terminating, failed, startTime]');
    h.eq([t.status.active ?? 0, t.status.terminating, t.status.failed ?? 0, h.sec(t.status.startTime)], [1, 1, 0, 180], 't [active, terminating, failed, startTime]');
    h.eq(h.podsOf('f').length, 1, 'f: no replacement while the old pod terminates');
    h.eq(h.podsOf('t').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 180], 't: replacement at the resume');
    for (const j of [f, t]) {
      const s = j.status.conditions.find((c) => c.type === 'Suspended');
      h.eq([s.status, s.reason, h.sec(s.lastTransitionTime)], ['False', 'JobResumed', 180], `${j.metadata.name}: Suspended condition`);
    }
    const old = h.podsOf('f')[0];
    h.eq([old.status.phase, h.sec(old.metadata.deletionTimestamp), old.metadata.finalizers ?? []], ['Running', 150, []], 'f: old pod still Running (unreachable), deleted at 120s + 30s, no tracking finalizer');
  },
};
