// Pull 4s, container start 2s, OnFailure, main exits 1,1,1 then 0 after 10s runs, one plain init container. The images
// are pulled once (Pulling +0s, "Successfully pulled ... in 4s (4s including waiting)" +4s), the containers start at
// +6s. Restarts in place run main only (no event for setup) and its image is then present: Pulled "Container image
// \"app:1\" already present on machine". Back-off counts from the exit (FinishedAt): exit +16s -> restart at once
// (started +18s); exit +28s -> BackOff +28s, restart after 10s (started +40s); exit +50s -> BackOff +50s, 20s
// (started +72s); exit 0 at +82s, Job complete at +83s.
export default {
  id: 'kubeevents/ev02-pull-latency-onfailure-backoff-timeline',
  source: 'pkg/kubelet/images/image_manager.go EnsureImageExists (IfNotPresent + present -> "already present on machine"); kuberuntime_manager.go computePodActions (restart in place: containers only, init containers not rerun without a new sandbox), doBackOff (IsInBackOffSince(key, FinishedAt), Next); kubelet.go backOffPeriod 10s',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  latencies: { imagePull: 4s, containerStart: 2s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  template:
    metadata: { annotations: { jobsim/exit-codes: "1,1,1,0", jobsim/duration: 10s } }
    spec:
      initContainers: [{ name: setup, image: tool:2 }]
      containers: [{ name: main, image: app:1 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const ev = h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet');
    h.eq(ev.filter((e) => e.involvedObject.fieldPath === 'spec.initContainers{setup}').map((e) => [h.sec(e.firstTimestamp), e.reason]),
      [[0, 'Pulling'], [4, 'Pulled'], [6, 'Created'], [6, 'Started']], 'setup events (first start only)');
    const main = ev.filter((e) => e.involvedObject.fieldPath === 'spec.containers{main}');
    h.eq(main.filter((e) => e.reason === 'Pulled').map((e) => [h.sec(e.firstTimestamp), e.message]), [
      [4, 'Successfully pulled image "app:1" in 4s (4s including waiting)'],
      [18, 'Container image "app:1" already present on machine'],
      [40, 'Container image "app:1" already present on machine'],
      [72, 'Container image "app:1" already present on machine']], 'main Pulled events');
    h.eq(main.filter((e) => e.reason === 'Started' || e.reason === 'BackOff').map((e) => [h.sec(e.firstTimestamp), e.reason]),
      [[6, 'Started'], [18, 'Started'], [28, 'BackOff'], [40, 'Started'], [50, 'BackOff'], [72, 'Started']], 'main starts and back-offs');
    h.eq(p.status.containerStatuses[0].restartCount, 3, 'restartCount');
    h.eq(h.sec(h.job('j').status.completionTime), 83, 'completionTime');
  },
};
