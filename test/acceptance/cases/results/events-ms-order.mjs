// CONTRACT §3: events "in the order they happened", timestamps with second precision. Internal times are
// milliseconds (README "Timestamps"), so two events in the same second keep their real order: Job a's pod
// (2500ms) ends at 2.5s and a is Complete at 3.5s ("Completed"); Job b is created by the timeline at
// 3200ms ("SuccessfulCreate" at 3.2s). Both are stamped 00:00:03Z; b's SuccessfulCreate comes first.
export default {
  id: 'results/events-ms-order',
  source: 'CONTRACT.md §3 (events in the order they happened; second precision); README "Timestamps" (internal times are milliseconds, so two things in the same second keep their order)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ord}
spec:
  timeline:
  - at: 3200ms
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: b}
      spec:
        template:
          spec:
            containers: [{name: c, image: busybox:1.36}]
            restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 2500ms}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const at3 = r.events.filter((e) => e.firstTimestamp === '2026-01-01T00:00:03Z').map((e) => `${e.involvedObject.kind}/${e.involvedObject.name.replace(/-[a-z0-9]{5}$/, '')} ${e.reason}`);
    h.eq(at3, ['Job/b SuccessfulCreate', 'Pod/b Scheduled', 'Pod/b Pulled', 'Pod/b Created', 'Pod/b Started', 'Job/a Completed'], 'events stamped 00:00:03 in their millisecond order');
    h.eq(h.job('a').status.completionTime, '2026-01-01T00:00:03Z', 'a completes at 3.5s');
  },
};
