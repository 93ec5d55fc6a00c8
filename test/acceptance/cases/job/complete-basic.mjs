// A one-pod Job: SuccessCriteriaMet then Complete, reason CompletionsReached, completionTime, exactly two Job events.
export default {
  id: 'job/complete-basic',
  source: 'job_controller.go newSuccessCondition (JobReasonCompletionsReached, "Reached expected number of succeeded pods"), enactJobFinished, recordJobFinished; reference §2.6 step 5, §2.8, §11',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: ok
spec:
  template:
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('ok');
    const conds = job.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime), h.sec(c.lastProbeTime)]);
    h.eq(conds, [
      ['SuccessCriteriaMet', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 11, 11],
      ['Complete', 'True', 'CompletionsReached', 'Reached expected number of succeeded pods', 11, 11],
    ], 'conditions');
    h.eq(h.sec(job.status.startTime), 0, 'startTime');
    h.eq(h.sec(job.status.completionTime), 11, 'completionTime = Complete lastTransitionTime');
    h.eq(job.status.succeeded, 1, 'succeeded');
    h.eq(job.status.ready ?? 0, 0, 'ready');
    h.eq(job.status.terminating ?? 0, 0, 'terminating');
    h.eq(job.status.uncountedTerminatedPods, {}, 'uncountedTerminatedPods written empty');
    const pod = h.podsOf('ok')[0];
    const ev = h.events({ kind: 'Job', name: 'ok' }).map((e) => [e.type, e.reason, e.message, h.sec(e.firstTimestamp)]);
    h.eq(ev, [['Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, 0], ['Normal', 'Completed', 'Job completed', 11]], 'Job events');
  },
};
