// Indexed, backoffLimit 0: index 1 fails at 5s; the 6s sync writes FailureTarget (BackoffLimitExceeded) and deletes the
// two running pods (SuccessfulDelete, no failure event yet); they stop 20s after SIGTERM (26s) and the Warning
// BackoffLimitExceeded comes with Failed at 27s. Killed pods count as failed (3). Every job-controller event names the
// Job in its namespace with its uid.
export default {
  id: 'jobevents/je07-indexed-backoff-failuretarget-namespace',
  source: 'job_controller.go syncJob (exceedsBackoffLimit -> newFailureCondition(BackoffLimitExceeded, "Job has reached the specified backoff limit"), deleteActivePods), trackJobStatusAndRemoveFinalizers (not-succeeded pods counted failed when finishing as failure), recordJobFinished (Warning reason message)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: b, namespace: team-x}
spec:
  completionMode: Indexed
  completions: 3
  parallelism: 3
  backoffLimit: 0
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
---
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: x}
spec:
  behaviors:
    - selector: {matchLabels: {batch.kubernetes.io/job-name: b}}
      duration: 1m
      onSigterm: 20s
      perIndex:
        "1": {exitCodes: [2], duration: 5s}
`,
  check(r, h) {
    const job = h.job('b', 'team-x');
    const ev = r.events.filter((e) => e.source.component === 'job-controller');
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.type, e.reason]), [[0, 'Normal', 'SuccessfulCreate'], [0, 'Normal', 'SuccessfulCreate'], [0, 'Normal', 'SuccessfulCreate'], [6, 'Normal', 'SuccessfulDelete'], [6, 'Normal', 'SuccessfulDelete'], [27, 'Warning', 'BackoffLimitExceeded']], 'job-controller events');
    h.eq(ev[5].message, 'Job has reached the specified backoff limit', 'message');
    const killed = h.podsOf('b').filter((p) => !p.metadata.name.startsWith('b-1-')).map((p) => `Deleted pod: ${p.metadata.name}`).sort();
    h.eq(ev.slice(3, 5).map((e) => e.message).sort(), killed, 'deleted indexes 0 and 2');
    for (const e of ev) h.eq([e.involvedObject.kind, e.involvedObject.namespace, e.involvedObject.name, e.involvedObject.uid, e.metadata?.namespace ?? e.involvedObject.namespace], ['Job', 'team-x', 'b', job.metadata.uid, 'team-x'], 'involvedObject');
    h.eq(job.status.conditions.map((c) => [c.type, c.reason, h.sec(c.lastTransitionTime)]), [['FailureTarget', 'BackoffLimitExceeded', 6], ['Failed', 'BackoffLimitExceeded', 27]], 'conditions');
    h.eq([job.status.failed, job.status.succeeded, job.status.completedIndexes, job.status.terminating], [3, undefined, undefined, 0], '[failed, succeeded, completedIndexes, terminating]');
  },
};
