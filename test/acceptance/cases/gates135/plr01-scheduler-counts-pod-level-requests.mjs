// PodLevelResources (beta, on since 1.34): the scheduler's NodeResourcesFit counts spec.resources.requests
// of the pod (pod-level) in place of the containers' sum. Two 4-cpu nodes take one 3-cpu pod each; the third waits.
export default {
  id: 'gates135/plr01-scheduler-counts-pod-level-requests',
  source: 'pkg/features/kube_features.go PodLevelResources {1.34 Beta on}; component-helpers resource.PodRequests (IsPodLevelRequestsSet: pod-level requests replace the aggregate); scheduler noderesources.Fit',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: plr}
spec:
  cluster:
    nodePools:
    - name: w
      count: 2
      capacity: {cpu: "4", memory: 16Gi, pods: 110}
---
apiVersion: batch/v1
kind: Job
metadata: {name: plr}
spec:
  parallelism: 3
  completions: 3
  template:
    metadata:
      annotations: {jobsim/duration: "60s"}
    spec:
      resources:
        requests: {cpu: "3"}
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('plr');
    h.eq(pods.length, 3, 'pods');
    const starts = pods.map((p) => h.sec(p.status.startTime)).sort((a, b) => a - b);
    h.eq(starts, [0, 0, 60], 'pod start times (one 3-cpu pod per 4-cpu node)');
    const at0 = pods.filter((p) => h.sec(p.status.startTime) === 0).map((p) => p.spec.nodeName).sort();
    h.eq(at0, ['w-1', 'w-2'], 'the two first pods are on different nodes');
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.length, 1, 'one FailedScheduling event');
    h.eq(fs[0].message, '0/2 nodes are available: 2 Insufficient cpu. no new claims to deallocate, preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.', 'FailedScheduling message');
    h.eq(h.job('plr').status.completionTime, '2026-01-01T00:02:01Z', 'completionTime');
  },
};
