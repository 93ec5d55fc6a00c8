// The deadline passes while the pod's node is down: FailureTarget at the deadline, but Failed (and its event) only once
// the deleted pod has really terminated, when the node is back. In between, status.terminating is 1.
const scenario = `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: adsnd}
spec:
  duration: 30m
  cluster:
    nodePools:
      - name: w
        count: 2
  faults:
    - { at: 60s, nodeDown: w-1, for: 15m }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: adsnd
spec:
  activeDeadlineSeconds: 120
  template:
    metadata:
      annotations:
        jobsim/duration: "20m"
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`;
export default {
  id: 'job/ads-terminating-on-down-node',
  source: 'job_controller.go enactJobFinished (delayTerminalCondition: terminating > 0 delays Failed), recordJobFinished (event only with Failed); reference §2.8, §11, §15 item 3',
  scenario,
  check(r, h) {
    const job = h.job('adsnd');
    h.eq(h.sec(h.hasCond(job, 'FailureTarget', 'DeadlineExceeded').lastTransitionTime), 120, 'FailureTarget at the deadline');
    const pod = h.podsOf('adsnd')[0];
    const finished = h.sec(pod.status.containerStatuses[0].state.terminated.finishedAt);
    h.assert(finished > 900, `pod terminated only after the node came back (finishedAt ${finished}s)`);
    h.eq(h.sec(h.hasCond(job, 'Failed', 'DeadlineExceeded').lastTransitionTime), finished + 1, 'Failed 1s after the pod terminated');
    const ev = h.events({ kind: 'Job', name: 'adsnd', reason: 'DeadlineExceeded' });
    h.eq(ev.map((e) => [e.type, h.sec(e.firstTimestamp)]), [['Warning', finished + 1]], 'DeadlineExceeded event with the Failed condition');
    h.eq(job.status.failed, 1, 'failed');
  },
};
