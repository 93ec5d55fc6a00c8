// README pods.pendingPeak: "unbound pods, time-weighted mean and the peak held for some time". A Job of 3
// pods that fit no node is created by the timeline at exactly the run's end (duration 100s, at: 100s):
// the pods are pending for no time at all, so the mean is 0 and the peak held for some time is 0 (the
// only pod before, Job j's, bound at once). jobsim reports pendingPeak 3.
export default {
  id: 'metrics/pending-peak-held-for-some-time',
  source: 'README metrics table: pods.pendingMean, pods.pendingPeak ("the peak held for some time")',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: e}
spec:
  duration: 100s
  cluster:
    nodePools:
      - name: p
        count: 1
        capacity: {cpu: "4", memory: 4Gi, pods: 110}
  timeline:
    - at: 100s
      create:
        apiVersion: batch/v1
        kind: Job
        metadata: {name: late}
        spec:
          parallelism: 3
          completions: 3
          template:
            spec:
              restartPolicy: Never
              containers: [{name: c, image: x, resources: {requests: {cpu: "8"}}}]
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "50s"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: x, resources: {requests: {cpu: "1"}}}]
`,
  check(r, h) {
    h.eq(h.podsOf('late').length, 3, 'the late pods exist');
    h.eq(r.metrics.pods.pendingMean, 0, 'pendingMean');
    h.eq(r.metrics.pods.pendingPeak, 0, 'pendingPeak: nothing was pending for any time');
  },
};
