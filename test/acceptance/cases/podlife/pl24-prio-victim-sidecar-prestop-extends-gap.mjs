// Pod Priority and Preemption, "Graceful termination of preemption victims": victims "get their graceful termination
// period ... This graceful termination period creates a time gap between the point that the scheduler preempts Pods and
// the time when the pending Pod (P) can be scheduled", combined with the sidecar termination order. The victim's main
// container exits on SIGTERM at once (30s), but its sidecar first runs a 20s preStop sleep and only then is stopped
// (143 at 50s): the victim is Failed at 50s and P is bound at 50s. Meanwhile the victim's replacement (created at 40s
// after the 10s pod back-off) cannot take the room: the nominated P holds it and the terminating victim has the same
// priority, so there is nothing to preempt; it is bound at 60s, when P has finished.
export default {
  id: 'podlife/pl24-prio-victim-sidecar-prestop-extends-gap',
  source: 'website pod-priority-preemption.md "Graceful termination of preemption victims", pod-termination.md "Pod shutdown and sidecar containers"; kuberuntime_container.go killContainer (preStop, waitForTurn); scheduler eventhandlers (terminal pods leave the cache); framework runtime RunFilterPluginsWithNominatedPods (nominated pods of equal or higher priority count); preemption.go SelectVictimsOnNode ("No preemption victims found for incoming pod")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: gap}
spec:
  duration: 3m
  cluster:
    nodePools:
    - {name: w, count: 1, capacity: {cpu: "2", memory: 8Gi, pods: 110}}
  timeline:
  - at: 30s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: hi}
      spec:
        template:
          spec:
            priorityClassName: high
            containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: {name: high}
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: {name: lo}
spec:
  template:
    metadata: {annotations: {jobsim/duration: 1h}}
    spec:
      initContainers:
      - name: shipper
        image: busybox:1.36
        restartPolicy: Always
        lifecycle: {preStop: {sleep: {seconds: 20}}}
      containers: [{name: c, image: busybox:1.36, resources: {requests: {cpu: "2"}}}]
      restartPolicy: Never
`,
  check(r, h) {
    const [victim, repl] = h.podsOf('lo');
    const hi = h.podsOf('hi')[0];
    h.hasCond(victim, 'DisruptionTarget', 'PreemptionByScheduler');
    const end = (c) => [c.name, c.state.terminated?.exitCode, h.sec(c.state.terminated?.finishedAt)];
    h.eq([...victim.status.initContainerStatuses, ...victim.status.containerStatuses].map(end), [['shipper', 143, 50], ['c', 143, 30]], 'victim containers');
    h.eq(victim.status.phase, 'Failed', 'victim phase');
    const sched = (p) => h.sec(h.events({ reason: 'Scheduled', name: p.metadata.name })[0]?.firstTimestamp);
    h.eq([sched(hi), h.sec(repl.metadata.creationTimestamp), sched(repl)], [50, 40, 60], 'P at 50s; replacement created 40s, bound 60s');
    h.eq(h.events({ reason: 'FailedScheduling', name: repl.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[40,
      '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.']], 'replacement waits');
  },
};
