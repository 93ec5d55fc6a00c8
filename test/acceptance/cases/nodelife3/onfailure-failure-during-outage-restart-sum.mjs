// restartPolicy OnFailure, backoffLimit 1: the container fails (exit 1) at 30s while its kubelet is silent (20s-100s).
// Nothing is reported until the kubelet is back at 100s; its status then shows the restart (restartCount >= 1,
// lastState exit 1 finished at 30s). The Job controller sums the restarts of its Running/Pending pods: >= backoffLimit,
// so at 101s FailureTarget BackoffLimitExceeded, the pod deleted (stopped at once: 143, phase Failed) and Failed at 102s.
// (A partitioned kubelet would have restarted it earlier and more often, README known difference; the Job's fate and
// times are the same either way, which is all this checks.)
export default {
  id: 'nodelife3/onfailure-failure-during-outage-restart-sum',
  source: 'pkg/controller/job/job_controller.go pastBackoffLimitOnFailure (restartCount sum over Running/Pending pods >= backoffLimit), newFailureCondition ("Job has reached the specified backoff limit"), enactJobFinished; pkg/kubelet status manager (status posted when the API is reachable again)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nl3 }
spec:
  duration: 5m
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "1", memory: 4Gi, pods: 110 } }
  faults:
  - { at: 20s, nodeDown: w-1, for: 80s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 1
  template:
    metadata: { annotations: { jobsim/duration: "30s", jobsim/exit-codes: "1" } }
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'no replacement (the Job failed)');
    const cs = pods[0].status.containerStatuses[0];
    h.assert(cs.restartCount >= 1, `restartCount ${cs.restartCount} >= 1`);
    h.eq([cs.lastState.terminated.exitCode, h.sec(cs.lastState.terminated.finishedAt)], [1, 30], 'the failure made during the outage');
    h.eq([pods[0].status.phase, cs.state.terminated.exitCode, h.sec(cs.state.terminated.finishedAt)], ['Failed', 143, 101], 'deleted by the Job and stopped');
    const j = h.job('j');
    const ft = h.hasCond(j, 'FailureTarget', 'BackoffLimitExceeded');
    const f = h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq([ft.message, h.sec(ft.lastTransitionTime), h.sec(f.lastTransitionTime)], ['Job has reached the specified backoff limit', 101, 102], 'conditions');
    h.eq([j.status.failed, j.status.active ?? 0, j.status.terminating], [1, 0, 0], 'counters');
    h.eq(h.events({ kind: 'Job' }).map((e) => [e.type, e.reason, h.sec(e.firstTimestamp)]), [['Normal', 'SuccessfulCreate', 0], ['Normal', 'SuccessfulDelete', 101], ['Warning', 'BackoffLimitExceeded', 102]], 'Job events');
  },
};
