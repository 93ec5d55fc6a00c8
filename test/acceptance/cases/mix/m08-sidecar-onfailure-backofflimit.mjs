// OnFailure, backoffLimit 1, main always exits 1 after 20s, with a sidecar. The restart at 20s makes
// restartCount 1 >= backoffLimit: at 21s (1s batching of the pod update) the Job fails
// (BackoffLimitExceeded) and the pod deleted; Failed follows at 22s once it is gone; the kubelet kills main (running again), then proxy.
// The sidecar's restartCount stays 0.
export default {
  id: 'mix/sidecar-onfailure-backofflimit',
  source: 'pkg/controller/job/job_controller.go pastBackoffLimitOnFailure (sum of restartCount of init and regular containers >= backoffLimit); kuberuntime killContainersWithSyncResult',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 1
  template:
    metadata: {annotations: {jobsim/duration: "20s", jobsim/exit-codes: "1"}}
    spec:
      restartPolicy: OnFailure
      initContainers: [{name: proxy, image: envoy:1.30, restartPolicy: Always}]
      containers: [{name: main, image: busybox:1.36}]
`,
  check(r, h) {
    const j = h.job('j');
    const c = h.hasCond(j, 'Failed', 'BackoffLimitExceeded');
    h.eq([c.message, h.sec(c.lastTransitionTime)], ['Job has reached the specified backoff limit', 22], 'Failed');
    h.eq(h.sec(h.hasCond(j, 'FailureTarget').lastTransitionTime), 21, 'FailureTarget');
    const p = h.podsOf('j')[0];
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[21, 'Stopping container main'], [21, 'Stopping container proxy']], 'Killing');
    h.eq([p.status.initContainerStatuses[0].restartCount, p.status.containerStatuses[0].restartCount], [0, 1], 'restartCounts');
  },
};
