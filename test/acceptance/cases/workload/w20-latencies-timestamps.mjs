// latencies scheduling 2s, imagePull 5s, containerStart 1s: PodScheduled at +2s (Scheduled event), the
// kubelet admits the pod then (startTime +2s, Pulling +2s), Pulled at +7s, Created/Started at +8s, the
// container runs 10s from +8s (startedAt +8s, finishedAt +18s); Ready turned True at +8s; the Job's
// startTime is its first sync (+0s) and it completes at +19s (pod updates batched by 1s).
export default {
  id: 'workload/latencies-timestamps',
  source: 'README Scenario latencies (scheduling, imagePull, containerStart); pkg/kubelet/status generateAPIPodStatus (startTime at admission); images/image_manager.go Pulling/Pulled',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: lat}
spec:
  latencies: {scheduling: 2s, imagePull: 5s, containerStart: 1s}
---
apiVersion: batch/v1
kind: Job
metadata: {name: l}
spec:
  template:
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    const p = h.podsOf('l')[0];
    h.eq(h.sec(h.anyCond(p, 'PodScheduled').lastTransitionTime), 2, 'PodScheduled');
    h.eq(h.sec(p.status.startTime), 2, 'startTime');
    const ev = h.events({ name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.reason]);
    h.eq(ev, [[2, 'Scheduled'], [2, 'Pulling'], [7, 'Pulled'], [8, 'Created'], [8, 'Started']], 'pod events');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([h.sec(t.startedAt), h.sec(t.finishedAt)], [8, 18], 'container run');
    h.eq(h.sec(h.job('l').status.startTime), 0, 'Job startTime');
    h.eq(h.sec(h.job('l').status.completionTime), 19, 'Job completionTime');
  },
};
