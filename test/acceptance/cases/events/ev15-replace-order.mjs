// concurrencyPolicy Replace: at the next slot SuccessfulDelete "Deleted job <old>" then SuccessfulCreate
// "Created job <new>" in the same sync; the old Job is never reported as SawCompletedJob; its running pod is
// removed by the garbage collector (the kubelet's Killing), with no job-controller SuccessfulDelete.
export default {
  id: 'events/ev15-replace-order',
  source: 'cronjob_controllerv2.go syncCronJob (Replace: deleteJob -> "Deleted job %v", then CreateJob -> "Created job %v"); Background propagation (garbage collector deletes the pods, no events)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c}
spec:
  duration: 11m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: rep}
spec:
  schedule: "*/5 * * * *"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "7m"}}
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const at600 = r.events.filter((e) => h.sec(e.firstTimestamp) === 600).map((e) => [e.involvedObject.kind, e.reason, e.message.replace(/-\w{5}$/, '-X')]);
    h.eq(at600.slice(0, 3), [
      ['CronJob', 'SuccessfulDelete', 'Deleted job rep-29453765'],
      ['CronJob', 'SuccessfulCreate', 'Created job rep-29453770'],
      ['Job', 'SuccessfulCreate', 'Created pod: rep-29453770-X'],
    ], 'order at +10m');
    h.assert(at600.some((e) => e[1] === 'Killing'), 'old pod killed');
    h.eq(h.events({ reason: 'SawCompletedJob' }).length, 0, 'no SawCompletedJob');
    h.eq(h.events({ kind: 'Job', name: 'rep-29453765', reason: 'SuccessfulDelete' }).length, 0, 'no job-controller SuccessfulDelete');
  },
};
