// The TTL-after-finished controller records no event (its recorder is never used for deletions), and the
// foreground cascade (garbage collector) none either: the last event is Completed at +11s although the Job
// and its pod are deleted at +71s; no event names ttl-after-finished-controller.
export default {
  id: 'events/ev18-ttl-no-events',
  source: 'ttlafterfinished_controller.go processJob (DELETE with Foreground, no recorder.Event call); garbagecollector (no events for dependents); README known differences (TTL emits no event)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: t}
spec:
  ttlSecondsAfterFinished: 60
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    h.eq(h.job('t').metadata.deletionTimestamp, '2026-01-01T00:01:11Z', 'Job deleted at completion + 60s');
    const last = r.events[r.events.length - 1];
    h.eq([last.reason, h.sec(last.firstTimestamp)], ['Completed', 11], 'last event');
    h.eq(r.events.filter((e) => e.source.component === 'ttl-after-finished-controller').length, 0, 'no TTL events');
    h.eq(h.events({ reason: 'Killing' }).length, 0, 'no Killing for a finished pod');
  },
};
