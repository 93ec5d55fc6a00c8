// A pod created bound (template spec.nodeName): no Scheduled event (the scheduler only takes pods with an
// empty nodeName), no nominatedNodeName; the kubelet admits it at once: startTime 0s, containers running from 0s,
// and the only pod events are the kubelet's.
export default {
  id: 'podstatus/nodename-no-scheduler',
  source: 'pkg/scheduler/eventhandlers.go (unscheduled pods only: assignedPod filter); pkg/kubelet/kubelet.go HandlePodAdditions; status_manager.go updateStatusInternal (StartTime)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: nn }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      nodeName: node-3
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('nn')[0];
    h.eq(h.events({ name: p.metadata.name }).map((e) => [e.reason, e.source.component]), [['Pulled', 'kubelet'], ['Created', 'kubelet'], ['Started', 'kubelet']], 'pod events');
    h.eq(p.status.nominatedNodeName, undefined, 'nominatedNodeName');
    h.eq([h.sec(p.status.startTime), h.sec(p.status.containerStatuses[0].state.running.startedAt)], [0, 0], '[startTime, startedAt]');
  },
};
