// A 90s pull is written the Go way: "in 1m30s (1m30s including waiting)"; Pulled and Created at +1m30s.
export default {
  id: 'events/ev23-pulled-duration-minutes',
  source: 'images/image_manager.go pullImage (time.Duration String: 1m30s)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pl}
spec:
  latencies: {imagePull: 90s}
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
    const p = h.events({ reason: 'Pulled' });
    h.eq(p.map((e) => [h.sec(e.firstTimestamp), e.message]), [[90, 'Successfully pulled image "quay.io/x/y:3" in 1m30s (1m30s including waiting)']], 'Pulled');
    h.eq(h.events({ reason: 'Completed' }).map((e) => h.sec(e.firstTimestamp)), [101], 'Completed after 90s pull + 10s run + 1s');
  },
};
