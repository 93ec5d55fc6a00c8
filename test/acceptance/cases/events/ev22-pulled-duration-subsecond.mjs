// With an image pull latency of 1.5s: Pulling "Pulling image \"x\"" at +0s, Pulled "Successfully pulled image
// \"x\" in 1.5s (1.5s including waiting)" (Go Duration formatting, truncated to ms) stamped +1s (second
// precision, truncated), then Created/Started.
export default {
  id: 'events/ev22-pulled-duration-subsecond',
  source: 'images/image_manager.go pullImage ("Pulling image %q"; "Successfully pulled image %q in %v (%v including waiting)" with Duration.Truncate(time.Millisecond)); metav1.Time RFC3339 seconds; README known difference (no Image size)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pl}
spec:
  latencies: {imagePull: 1500ms}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pl}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "quay.io/x/y:3"}]
`,
  check(r, h) {
    const ev = r.events.filter((e) => e.source.component === 'kubelet').map((e) => [e.firstTimestamp, e.reason, e.message]);
    h.eq(ev, [
      ['2026-01-01T00:00:00Z', 'Pulling', 'Pulling image "quay.io/x/y:3"'],
      ['2026-01-01T00:00:01Z', 'Pulled', 'Successfully pulled image "quay.io/x/y:3" in 1.5s (1.5s including waiting)'],
      ['2026-01-01T00:00:01Z', 'Created', 'Created container: c'],
      ['2026-01-01T00:00:01Z', 'Started', 'Started container c'],
    ], 'kubelet events');
  },
};
