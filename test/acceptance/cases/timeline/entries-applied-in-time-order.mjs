// Timeline entries run in time order whatever their order in the list; an RFC 3339 `at` (any
// offset) and an offset naming the same instant run in document order.
export default {
  id: 'timeline/entries-applied-in-time-order',
  source: 'CONTRACT.md §2 ("at is an offset from start or an RFC 3339 time"); README Time and randomness (at one instant, scenario input in the order scheduled)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: order}
spec:
  start: "2026-03-01T10:00:00Z"
  timeline:
  - {at: "2026-03-01T12:00:00+01:00", patch: {kind: Job, name: j, spec: {parallelism: 3}}}
  - {at: 2h, patch: {kind: Job, name: j, spec: {suspend: false}}}
  - {at: 1h, patch: {kind: Job, name: j, spec: {parallelism: 1}}}
  - {at: "2026-03-01T10:30:00Z", patch: {kind: Job, name: j, spec: {suspend: true}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  parallelism: 2
  completions: 4
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    const s = h.anyCond(j, 'Suspended');
    h.eq(h.events({ reason: 'Suspended', name: 'j' }).map((e) => h.sec(e.firstTimestamp)), [1800], 'suspended at 10:30 (listed last)');
    h.eq(h.events({ reason: 'Resumed', name: 'j' }).map((e) => h.sec(e.firstTimestamp)), [7200], 'resumed at 12:00Z');
    const pods = h.podsOf('j');
    // 2 pods at 0s (deleted at 10:30); at 11:00Z (the +01:00 time and the 1h offset) parallelism 3 then 1, in
    // document order; the resume at 12:00 creates parallelism 1 = 1 pod
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)).slice(0, 4), [0, 0, 7200, 10801], 'pod creations (one at a time from 12:00)');
    h.eq(j.spec.parallelism, 1, 'final parallelism');
    h.eq([s?.status, h.sec(j.status.startTime)], ['False', 7200], 'resumed, startTime reset');
  },
};
