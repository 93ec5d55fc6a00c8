// With a 3s image pull: Pulling at +0s and Pulled 'Successfully pulled image "busybox:1.36" in 3s (3s
// including waiting)' at +3s, both on the container ref (fieldPath spec.containers{c}).
export default {
  id: 'eventfields/ef11-pull-latency-fieldpath',
  source: 'pkg/kubelet/images/image_manager.go EnsureImageExists (m.logIt(objRef, Normal, events.PullingImage, ...), events.PulledImage "Successfully pulled image %q in %v (%v including waiting)"; objRef from GenerateContainerRef)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: p}
spec:
  latencies: {imagePull: 3s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: pl}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const ev = r.events.filter((e) => e.reason === 'Pulling' || e.reason === 'Pulled');
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.reason, e.message, e.involvedObject.fieldPath]), [
      [0, 'Pulling', 'Pulling image "busybox:1.36"', 'spec.containers{c}'],
      [3, 'Pulled', 'Successfully pulled image "busybox:1.36" in 3s (3s including waiting)', 'spec.containers{c}'],
    ], 'pull events');
  },
};
