// README pods.failed: "pods that reached phase Failed". Job j's pod fits no node (8 CPU on 4). The Job
// controller is down from 5s for 2m; the Job is deleted (kubectl, background) at 10s, so the garbage
// collector deletes the pod, which stays Terminating (job-tracking finalizer, no Job controller to
// remove it). The pod GC fails such a never-bound terminating pod at its next 20s pass (phase Failed at
// 20s, upstream gcUnscheduledTerminating -> markFailedAndDeletePod), so pods.failed is 1 and the pod
// stops being pending at 20s. jobsim counts pods.failed 0 (only pods that were bound are counted).
export default {
  id: 'metrics/unbound-pod-failed-by-podgc-counted',
  source: 'README metrics table pods.failed; upstream pkg/controller/podgc gc_controller.go gcUnscheduledTerminating, markFailedAndDeletePod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: gc}
spec:
  duration: 5m
  cluster:
    nodePools:
      - name: p
        count: 1
        capacity: {cpu: "4", memory: 4Gi, pods: 110}
  faults:
    - {at: 5s, controllerDown: job, for: 2m}
  timeline:
    - {at: 10s, delete: {kind: Job, name: j}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "8"}}}]
`,
  check(r, h) {
    const pods = h.of('Pod');
    h.eq(pods.length, 1, 'one pod');
    h.eq([pods[0].status.phase, pods[0].spec.nodeName], ['Failed', undefined], 'the unbound pod ended Failed');
    h.eq(r.metrics.pods.pendingSeries.points, [[0, 1], [20, 0]], 'pending until the pod GC fails it');
    h.eq([r.metrics.pods.succeeded, r.metrics.pods.failed], [0, 1], 'pods.failed counts it');
  },
};
