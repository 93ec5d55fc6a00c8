// The back-off entry expires when a container finishes more than 2 x MaxContainerBackOff (600s) after the restart
// decision that last updated it; with a 3s container start latency that decision precedes the start by 3s. Runs of
// 598s (shorter than 600s!) finish 601s after their decision: the entry has expired, so every restart is immediate
// and no BackOff is ever recorded. Runs of 560s finish 563s after it: the usual 0, 10s, 20s back-offs (each counted
// from the exit, then the 3s start).
export default {
  id: 'kubeletrt/reset-rule-counts-start-latency',
  source: 'client-go util/flowcontrol/backoff.go hasExpired (eventTime.Sub(lastUpdate) > maxDuration*2), IsInBackOffSince, Next (lastUpdate = Clock.Now()), GC; pkg/kubelet/kuberuntime/kuberuntime_manager.go doBackOff (ts = FinishedAt of the exited container); pkg/kubelet/kubelet_pods.go HandlePodCleanups (crashLoopBackOff.GC()); MaxContainerBackOff 300s',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: reset }
spec:
  duration: 31m
  latencies: { containerStart: 3s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: a }
spec:
  backoffLimit: 100
  template:
    metadata: { annotations: { jobsim/exit-codes: "1", jobsim/duration: "560s" } }
    spec:
      restartPolicy: OnFailure
      containers: [{ name: c, image: busybox:1.36 }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: b }
spec:
  backoffLimit: 100
  template:
    metadata: { annotations: { jobsim/exit-codes: "1", jobsim/duration: "598s" } }
    spec:
      restartPolicy: OnFailure
      containers: [{ name: c, image: busybox:1.36 }]
`,
  check(r, h) {
    const pa = h.podsOf('a')[0], pb = h.podsOf('b')[0];
    const starts = (p) => h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp));
    const backoffs = (p) => h.events({ reason: 'BackOff', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp));
    h.eq(starts(pb), [3, 604, 1205, 1806], 'b starts');
    h.eq(backoffs(pb), [], 'b BackOff events');
    h.eq(starts(pa), [3, 566, 1139, 1722], 'a starts');
    h.eq(backoffs(pa), [1126, 1699], 'a BackOff events');
    h.eq(pa.status.containerStatuses[0].restartCount, 3, 'a restartCount');
  },
};
