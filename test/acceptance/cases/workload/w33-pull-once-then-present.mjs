// With latencies.imagePull 4s the first run pulls (Pulling +0s, Pulled +4s "Successfully pulled image ... in
// 4s (4s including waiting)"); a restart under OnFailure finds the image on the node ("already present on
// machine") and does not pull again.
export default {
  id: 'workload/pull-once-then-present',
  source: 'pkg/kubelet/images/image_manager.go EnsureImageExists (IfNotPresent: present image -> "Container image %q already present on machine")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: pull}
spec:
  latencies: {imagePull: 4s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "5s", jobsim/exit-codes: "1,0"}}
    spec: {containers: [{name: c, image: example.com/app:1}], restartPolicy: OnFailure}
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const ev = h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet').map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev, [
      [0, 'Pulling', 'Pulling image "example.com/app:1"'],
      [4, 'Pulled', 'Successfully pulled image "example.com/app:1" in 4s (4s including waiting)'],
      [4, 'Created', 'Created container: c'],
      [4, 'Started', 'Started container c'],
      [9, 'Pulled', 'Container image "example.com/app:1" already present on machine'],
      [9, 'Created', 'Created container: c'],
      [9, 'Started', 'Started container c'],
    ], 'kubelet events');
    const cs = p.status.containerStatuses[0];
    h.eq([h.sec(cs.state.terminated.startedAt), h.sec(cs.state.terminated.finishedAt)], [9, 14], 'second run');
  },
};
