// Seed 000 "hello" whose container always exits 1 (restartPolicy OnFailure, default backoffLimit 6): the kubelet
// restarts the container in the same pod after 0, 10, 20, 40, 80, 160s (restarts at +10, +30, +60, +110, +200,
// +370 from the slot); the 6th restart makes sum(restartCount) >= 6, so the Job fails 1s later (FailureTarget), its
// running pod is deleted (Killing, exit 143) and Failed follows once it has terminated. Concurrency Allow keeps
// starting one Job a minute, and failedJobsHistoryLimit 1 deletes the previous failed Job at each new failure.
export default {
  id: 'seeds/s000-hello-failing-onfailure',
  source: 'job_controller.go pastBackoffLimitOnFailure (>=), deleteActivePods; kubelet doBackOff (10s doubling, cap 300s); cronjob_controllerv2.go cleanupFinishedJobs (failedJobsHistoryLimit 1); reference job §3.5, cronjob §6, §2.7',
  args: ['--duration', '12m'],
  scenario: `
# Example CronJob manifest to run every minute
apiVersion: batch/v1
kind: CronJob
metadata:
  name: hello
spec:
  schedule: "*/1 * * * *" # Cron syntax
  jobTemplate:
    spec:
      template:
        metadata:
          annotations:
            jobsim/exit-codes: "1"
        spec:
          containers:
          - name: hello
            image: busybox:1.28
            imagePullPolicy: IfNotPresent
            command:
            - /bin/sh
            - -c
            - date; echo "Hello from Kubernetes"
          restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('hello-29453761');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 431],
      ['Failed', 'True', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit', 432],
    ], 'hello-29453761 conditions');
    h.eq(job.status.failed, 1, 'the killed pod counts as one failure');
    h.eq(job.status.succeeded, undefined, 'no success');
    const pods = h.podsOf('hello-29453761');
    h.eq(pods.length, 1, 'one pod: restarts happen in place');
    const pod = pods[0];
    const cs = pod.status.containerStatuses[0];
    h.eq(cs.restartCount, 6, 'restartCount');
    h.eq([cs.state.terminated.exitCode, cs.state.terminated.reason, h.sec(cs.state.terminated.startedAt), h.sec(cs.state.terminated.finishedAt)], [143, 'Error', 430, 431], 'last container killed on deletion');
    h.eq([cs.lastState.terminated.exitCode, h.sec(cs.lastState.terminated.finishedAt)], [1, 270], 'previous run exited 1');
    h.eq(pod.status.phase, 'Failed', 'pod phase');
    h.eq(h.sec(pod.metadata.deletionTimestamp), 461, 'graceful delete at 431 + 30s');
    const starts = h.events({ reason: 'Started', kind: 'Pod', name: pod.metadata.name }).map((e) => h.sec(e.firstTimestamp));
    h.eq(starts, [60, 70, 90, 120, 170, 260, 430], 'container starts (crash-loop back-off 0,10,20,40,80,160s)');
    h.eq(h.events({ kind: 'Pod', name: pod.metadata.name, reason: 'Killing' }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[431, 'Stopping container hello']], 'Killing');
    h.eq(h.events({ kind: 'Job', name: 'hello-29453761' }).map((e) => [h.sec(e.firstTimestamp), e.type, e.reason, e.message]), [
      [60, 'Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`],
      [431, 'Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`],
      [432, 'Warning', 'BackoffLimitExceeded', 'Job has reached the specified backoff limit'],
    ], 'Job events');
    const cjEv = h.events({ kind: 'CronJob', name: 'hello' }).filter((e) => e.reason !== 'SuccessfulCreate').map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(cjEv.slice(0, 4), [
      [432, 'SawCompletedJob', 'Saw completed job: hello-29453761, condition: Failed'],
      [492, 'SuccessfulDelete', 'Deleted job hello-29453761'],
      [492, 'SawCompletedJob', 'Saw completed job: hello-29453762, condition: Failed'],
      [552, 'SuccessfulDelete', 'Deleted job hello-29453762'],
    ], 'failed history limit 1');
    const cj = h.cronjob('hello');
    h.eq((cj.status.active ?? []).map((a) => a.name), [29453766, 29453767, 29453768, 29453769, 29453770, 29453771].map((n) => `hello-${n}`), 'Allow: six Jobs running at 00:12:00');
    h.eq(cj.status.lastSuccessfulTime, undefined, 'never succeeded');
  },
};
