// Contract §2: timeline changes applied while it runs, as kubectl would; `at` is an offset from start or
// an RFC 3339 time (any offset). create at 1h, patch (merge) suspend at 01:30 given as +01:00 time,
// delete (background) at 2h: the pod is deleted with its grace period, the Job carries deletionTimestamp.
export default {
  id: 'contract/timeline-actions',
  source: 'CONTRACT.md §2 timeline (patch, delete; "at is an offset from start or an RFC 3339 time"); README create',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: tl}
spec:
  duration: 3h
  timeline:
  - at: 1h
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: late}
      spec:
        parallelism: 2
        completions: 4
        template:
          metadata: {annotations: {jobsim/duration: 2h}}
          spec:
            containers: [{name: c, image: busybox:1.36}]
            restartPolicy: Never
  - {at: "2026-01-01T02:30:00+01:00", patch: {kind: Job, name: late, spec: {suspend: true}}}
  - {at: 2h, delete: {kind: Job, name: late}}
`,
  check(r, h) {
    const j = h.job('late');
    h.eq(h.sec(j.metadata.creationTimestamp), 3600, 'created at 1h');
    h.eq(j.spec.suspend, true, 'patched');
    h.eq(j.spec.parallelism, 2, 'merge patch keeps the other fields');
    const s = h.cond(j, 'Suspended');
    h.eq([s?.reason, h.sec(s?.lastTransitionTime)], ['JobSuspended', 5400], 'Suspended at 01:30Z');
    h.eq(h.sec(j.metadata.deletionTimestamp), 7200, 'deleted at 2h');
    const pods = h.podsOf('late');
    h.eq(pods.length, 2, 'two pods');
    for (const p of pods) h.eq(h.sec(p.metadata.deletionTimestamp), 5400 + 30, `${p.metadata.name}: deleted by the suspend, grace 30s`);
    h.eq(h.events({ reason: 'Suspended', name: 'late' }).map((e) => e.message), ['Job suspended'], 'Suspended event');
  },
};
