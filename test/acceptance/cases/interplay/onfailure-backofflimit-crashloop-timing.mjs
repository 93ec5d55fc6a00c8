// restartPolicy OnFailure, backoffLimit 4, a container that exits 1 after 10s: the kubelet restarts it at once,
// then after 10s, 20s, 40s (runs start at 0, 10, 30, 60, 110; BackOff events at 20, 40, 70). The restart sum
// reaches 4 when the fourth restart starts at 110s: FailureTarget at 111s (1s batching), the pod is deleted and
// counted failed, Failed at 112s.
export default {
  id: 'interplay/onfailure-backofflimit-crashloop-timing',
  source: 'job_controller.go pastBackoffLimitOnFailure (sum of restartCount of Running/Pending pods >= backoffLimit); kubelet crash-loop back-off (flowcontrol.Backoff 10s doubling); reference §3.5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  backoffLimit: 4
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const [pod, ...rest] = h.podsOf('j');
    h.eq(rest.length, 0, 'one pod');
    h.eq(h.events({ kind: 'Pod', name: pod.metadata.name, reason: 'Started' }).map((e) => h.sec(e.firstTimestamp)), [0, 10, 30, 60, 110], 'container starts');
    h.eq(h.events({ kind: 'Pod', name: pod.metadata.name, reason: 'BackOff' }).map((e) => h.sec(e.firstTimestamp)), [20, 40, 70], 'BackOff events');
    h.eq(pod.status.containerStatuses[0].restartCount, 4, 'restartCount');
    const job = h.job('j');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]),
      [['FailureTarget', 'BackoffLimitExceeded', 111], ['Failed', 'BackoffLimitExceeded', 112]], 'conditions');
    h.eq(job.status.failed, 1, 'failed');
    h.eq(h.sec(pod.metadata.deletionTimestamp), 141, 'pod deleted at 111s (+30s grace)');
  },
};
