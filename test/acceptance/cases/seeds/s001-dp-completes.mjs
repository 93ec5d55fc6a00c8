// Seed 001 basic Job (restartPolicy OnFailure, backoffLimit 3): defaults, one pod, SuccessCriteriaMet and Complete
// at +11s, and "completed Pods retain logs": an hour later the Job and its Succeeded pod are still there (no TTL),
// with the job-tracking finalizer removed.
export default {
  id: 'seeds/s001-dp-completes',
  source: 'seed 001 §5-6; pkg/apis/batch/v1/defaults.go SetDefaults_Job; job_controller.go enactJobFinished/newSuccessCondition (CompletionsReached); reference job §1.1, §2.8',
  args: ['--duration', '1h'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  template:
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
    const s = job.spec;
    h.eq([s.backoffLimit, s.completions, s.parallelism, s.completionMode, s.suspend, s.podReplacementPolicy, s.manualSelector, s.activeDeadlineSeconds, s.ttlSecondsAfterFinished],
      [3, 1, 1, 'NonIndexed', false, 'TerminatingOrFailed', false, undefined, undefined], 'spec after defaulting');
    h.eq(job.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [
      ['SuccessCriteriaMet', 'True', 'CompletionsReached', 11], ['Complete', 'True', 'CompletionsReached', 11]], 'conditions');
    h.eq([h.sec(job.status.startTime), h.sec(job.status.completionTime), job.status.succeeded, job.status.failed, job.status.active], [0, 11, 1, undefined, undefined], 'status');
    h.eq(job.metadata.deletionTimestamp, undefined, 'Job kept');
    const pods = h.podsOf('data-processing-job');
    h.eq(pods.length, 1, 'one pod');
    const pod = pods[0];
    h.eq([pod.status.phase, pod.metadata.deletionTimestamp, pod.metadata.finalizers ?? []], ['Succeeded', undefined, []], 'pod kept, Succeeded, no finalizer');
    const t = pod.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.startedAt), h.sec(t.finishedAt)], [0, 'Completed', 0, 10], 'terminated state');
    h.eq(h.events({ kind: 'Job' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]), [
      [0, 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`], [11, 'Completed', 'Job completed']], 'Job events');
  },
};
