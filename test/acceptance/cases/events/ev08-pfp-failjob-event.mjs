// podFailurePolicy FailJob: the Warning event's reason is PodFailurePolicy and its message the rule's
// message "Container <c> for pod <ns>/<pod> failed with exit code <n> matching FailJob rule at index <i>",
// recorded once, with the Failed condition (+11s: pod exits at +10s, batched sync).
export default {
  id: 'events/ev08-pfp-failjob-event',
  source: 'pod_failure_policy.go matchPodFailurePolicy (FailJob message); job_controller.go recordJobFinished (Warning, finishedCond.Reason, finishedCond.Message); reference job-controller.md §5, §11',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: pf, namespace: ml}
spec:
  podFailurePolicy:
    rules:
    - action: Ignore
      onExitCodes: {operator: In, values: [3]}
    - action: FailJob
      onExitCodes: {containerName: main, operator: In, values: [42]}
  template:
    metadata: {annotations: {jobsim/exit-codes: "42"}}
    spec:
      restartPolicy: Never
      containers: [{name: main, image: busybox:1.36}]
`,
  check(r, h) {
    const pod = h.podsOf('pf')[0];
    const w = r.events.filter((e) => e.type === 'Warning');
    h.eq(w.map((e) => [e.reason, e.message, h.sec(e.firstTimestamp), e.involvedObject.kind]), [
      ['PodFailurePolicy', `Container main for pod ml/${pod.metadata.name} failed with exit code 42 matching FailJob rule at index 1`, 11, 'Job'],
    ], 'warnings');
  },
};
