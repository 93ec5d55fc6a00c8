// latencies.imagePull 3s, containerStart 1s: Pulling at +0s, Pulled "Successfully pulled image ...
// in 3s (3s including waiting)" at +3s, Created/Started at +4s; startTime +0s (kubelet admitted
// the pod); the container runs its 10s from +4s.
export default {
  id: 'cluster/kubelet-image-pull-latency',
  source: 'images/image_manager.go EnsureImageExists (Pulling "Pulling image %q", Pulled "Successfully pulled image %q in %v (%v including waiting)"); README latencies; known difference: no Image size',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: l }
spec:
  latencies: { imagePull: 3s, containerStart: 1s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: pull }
spec:
  template:
    spec:
      containers: [{ name: c, image: registry.example.com/app:2.0 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('pull')[0];
    const ev = r.events.filter((e) => e.involvedObject.name === p.metadata.name && e.source.component === 'kubelet').map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev.slice(0, 2), [
      [0, 'Pulling', 'Pulling image "registry.example.com/app:2.0"'],
      [3, 'Pulled', 'Successfully pulled image "registry.example.com/app:2.0" in 3s (3s including waiting)'],
    ], 'pull events');
    h.eq(ev.slice(2).map((x) => [x[0], x[1]]), [[4, 'Created'], [4, 'Started']], 'start events');
    h.eq(h.sec(p.status.startTime), 0, 'startTime');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([h.sec(t.startedAt), h.sec(t.finishedAt)], [4, 14], 'container run');
    h.eq(h.sec(h.anyCond(p, 'Initialized').lastTransitionTime), 0, 'Initialized at admission');
  },
};
