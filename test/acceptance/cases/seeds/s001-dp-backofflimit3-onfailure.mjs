// Seed 001 "backoffLimit: 3 -> Max retries before marking as failed" with restartPolicy OnFailure: retries are container
// restarts in the one pod; the Job fails as soon as sum(restartCount) >= 3, i.e. when the 3rd restart has begun (+60s),
// one batching second later: FailureTarget at +61s, the pod deleted (Killing, SIGTERM 143) and counted failed; Failed at
// +62s. So the third retry is cut short, and status.failed is 1 (one pod), not 3.
export default {
  id: 'seeds/s001-dp-backofflimit3-onfailure',
  source: 'job_controller.go pastBackoffLimitOnFailure (restarts >= backoffLimit), trackJobStatusAndRemoveFinalizers (running pods of a failed Job count as failed), enactJobFinished (terminating == 0); reference job §3.5, §2.8',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "1"
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
      restartPolicy: OnFailure
  backoffLimit: 3
`,
  check(r, h) {
    const job = h.job('data-processing-job');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 61],
      ['Failed', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 62]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.active, job.status.terminating, job.status.completionTime], [1, undefined, undefined, 0, undefined], 'status');
    const pods = h.podsOf('data-processing-job');
    h.eq(pods.length, 1, 'no replacement pod');
    const pod = pods[0];
    const cs = pod.status.containerStatuses[0];
    h.eq(cs.restartCount, 3, 'restartCount');
    h.eq([cs.state.terminated.exitCode, h.sec(cs.state.terminated.startedAt), h.sec(cs.state.terminated.finishedAt)], [143, 60, 61], 'third retry killed');
    h.eq([pod.status.phase, h.sec(pod.metadata.deletionTimestamp), pod.metadata.deletionGracePeriodSeconds], ['Failed', 91, 30], 'graceful deletion');
    h.eq(h.events({ reason: 'Started', kind: 'Pod' }).map((e) => h.sec(e.firstTimestamp)), [0, 10, 30, 60], 'container starts');
    const backoffs = h.events({ reason: 'BackOff', kind: 'Pod' });
    const bmsg = `Back-off restarting failed container data-processor in pod ${pod.metadata.name}_default(${pod.metadata.uid})`;
    for (const t of [20, 40]) h.assert(backoffs.some((e) => h.sec(e.firstTimestamp) === t && e.type === 'Warning' && e.message === bmsg), `BackOff Warning at +${t}s: ${JSON.stringify(backoffs.map((e) => [h.sec(e.firstTimestamp), e.message]))}`);
    h.eq(h.events({ kind: 'Job' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason]), [
      [0, 'Normal', 'SuccessfulCreate'], [61, 'Normal', 'SuccessfulDelete'], [62, 'Warning', 'BackoffLimitExceeded']], 'Job events');
  },
};
