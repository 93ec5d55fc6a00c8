// restartPolicy OnFailure with two containers that both exit 1 after 10s: each container's restartCount counts,
// so the first in-place restart of both (at 10s) makes the sum 2 >= backoffLimit 2. FailureTarget at 11s (the pod
// update is batched 1s), both running containers killed (two Killing events), the pod counted failed once; Failed
// at 12s once the pod is terminal.
export default {
  id: 'onfailure/multi-container-restart-sum',
  source: 'job_controller.go pastBackoffLimitOnFailure (sums RestartCount over every ContainerStatuses entry of Running/Pending pods, >= backoffLimit); syncJob deleteActivePods; trackJobStatusAndRemoveFinalizers (one UID per pod in uncounted.failed)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: mc}
spec:
  backoffLimit: 2
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: a, image: busybox:1.36}, {name: b, image: busybox:1.36}]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('mc');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 11], ['Failed', 'BackoffLimitExceeded', 12]], 'conditions');
    h.eq([job.status.failed, job.status.active, job.status.terminating, job.status.ready], [1, undefined, 0, 0], '[failed, active, terminating, ready]');
    const pods = h.podsOf('mc');
    h.eq(pods.length, 1, 'one pod');
    h.eq(pods[0].status.containerStatuses.map((c) => [c.name, c.restartCount]), [['a', 1], ['b', 1]], 'restart counts');
    h.eq(h.events({ kind: 'Pod', reason: 'Killing' }).map((e) => [h.sec(e.firstTimestamp), e.message]).sort(), [[11, 'Stopping container a'], [11, 'Stopping container b']], 'Killing');
  },
};
