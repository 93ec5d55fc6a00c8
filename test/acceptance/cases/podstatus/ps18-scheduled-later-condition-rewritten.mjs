// A pod unschedulable at 0s is bound at 30s when the first pod finishes: the binding rewrites PodScheduled to True
// without reason or message, lastTransitionTime 30s; the kubelet's startTime and the container's startedAt are 30s.
export default {
  id: 'podstatus/scheduled-later-condition-rewritten',
  source: 'pkg/registry/core/pod/storage/storage.go setPodNodeAndMetadata (podutil.UpdatePodCondition(&pod.Status, &api.PodCondition{Type: PodScheduled, Status: True})), pkg/api/v1/pod/util.go UpdatePodCondition (LastTransitionTime now on a status change)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec:
  duration: 2m
  cluster:
    nodePools: [{ name: w, count: 1, capacity: { cpu: "2", memory: 4Gi, pods: 110 } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "30s" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: { name: b }
spec:
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      containers: [{ name: c, image: busybox:1.36, resources: { requests: { cpu: "2" } } }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('b')[0];
    const c = h.anyCond(p, 'PodScheduled');
    h.eq([c.status, c.reason ?? null, c.message ?? null, h.sec(c.lastTransitionTime)], ['True', null, null, 30], 'PodScheduled');
    h.eq([h.sec(p.status.startTime), h.sec(p.status.containerStatuses[0].state.running.startedAt), p.status.phase], [30, 30, 'Running'], '[startTime, startedAt, phase]');
    h.eq(h.events({ name: p.metadata.name }).map((e) => [e.reason, h.sec(e.lastTimestamp)]).slice(0, 2), [['FailedScheduling', 0], ['Scheduled', 30]], 'scheduler events');
  },
};
