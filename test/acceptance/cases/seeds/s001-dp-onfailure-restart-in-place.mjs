// Seed 001 "restartPolicy: OnFailure -> Restart only on failure": a container that exits 1 once is restarted in the
// same pod at once (first crash-loop back-off is 0), succeeds, and the Job completes at +21s with no failed pod
// counted (container restarts are not pod failures): one pod, restartCount 1, status.failed unset.
export default {
  id: 'seeds/s001-dp-onfailure-restart-in-place',
  source: 'kubelet kuberuntime computePodActions/doBackOff (first restart immediate); job_controller.go (failed counts pods, not restarts; pastBackoffLimitOnFailure 1 < 3); reference job §3.5, cronjob §6',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  template:
    metadata:
      annotations:
        jobsim/exit-codes: "1,0"
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
      restartPolicy: OnFailure
  backoffLimit: 3
`,
  check(r, h) {
    const pods = h.podsOf('data-processing-job');
    h.eq(pods.length, 1, 'one pod');
    const cs = pods[0].status.containerStatuses[0];
    h.eq(cs.restartCount, 1, 'restartCount');
    h.eq([cs.lastState.terminated.exitCode, cs.lastState.terminated.reason, h.sec(cs.lastState.terminated.finishedAt)], [1, 'Error', 10], 'lastState');
    h.eq([cs.state.terminated.exitCode, h.sec(cs.state.terminated.startedAt), h.sec(cs.state.terminated.finishedAt)], [0, 10, 20], 'state');
    h.eq(pods[0].status.phase, 'Succeeded', 'phase');
    const job = h.job('data-processing-job');
    h.eq([job.status.succeeded, job.status.failed, h.sec(job.status.completionTime)], [1, undefined, 21], 'Job status');
    h.hasCond(job, 'Complete', 'CompletionsReached');
    h.eq(h.events({ reason: 'BackOff' }).length, 0, 'no BackOff event for the first restart');
    h.eq(h.events({ reason: 'Started', kind: 'Pod' }).map((e) => h.sec(e.firstTimestamp)), [0, 10], 'container starts');
  },
};
