// Template restartPolicy OnFailure, backoffLimit 1; a has its own Never, b follows the pod (OnFailure); both exit
// 1 at 10s: a is done (Failed for good), b restarts in place (restartCount 1). pastBackoffLimitOnFailure sums the
// restart counts of the Running pod: 1 >= 1 -> FailureTarget BackoffLimitExceeded at 11s, the pod deleted, b
// killed (Killing b only, exit 143), Failed at 12s.
export default {
  id: 'crr2/template-onfailure-mixed-containers',
  source: 'job_controller.go pastBackoffLimitOnFailure (template OnFailure; sum of restartCount >= backoffLimit); ContainerShouldRestart (a Never, b inherits pod OnFailure); kubelet_pods.go getPhase (b restartable -> Running)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: tm}
spec:
  backoffLimit: 1
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,0"}}
    spec:
      restartPolicy: OnFailure
      containers:
      - {name: a, image: busybox:1.36, restartPolicy: Never}
      - {name: b, image: busybox:1.36}
`,
  check(r, h) {
    const job = h.job('tm');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 12]], 'conditions');
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[11, 'Stopping container b']], 'Killing');
    const p = h.podsOf('tm')[0];
    const [a, b] = ['a', 'b'].map((n) => p.status.containerStatuses.find((c) => c.name === n));
    h.eq([a.restartCount, a.state.terminated?.exitCode, b.restartCount, b.state.terminated?.exitCode], [0, 1, 1, 143], 'containers');
  },
};
