// CronJob SuccessfulCreate "Created job <name>": on the CronJob (its uid), component cronjob-controller,
// in the CronJob's namespace, at the slot; then the Job's own SuccessfulCreate for its pod, same second.
export default {
  id: 'events/ev13-cronjob-create-envelope',
  source: 'cronjob_controllerv2.go syncCronJob (recorder.Eventf(cronJob, Normal, "SuccessfulCreate", "Created job %v", jobResp.Name)); NewControllerV2 EventSource{Component: "cronjob-controller"}',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: c}
spec:
  duration: 6m
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: rep, namespace: ops}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const cj = h.cronjob('rep', 'ops');
    const e = h.events({ kind: 'CronJob' });
    h.eq(e.map((x) => [h.sec(x.firstTimestamp), x.type, x.reason, x.message]), [[300, 'Normal', 'SuccessfulCreate', 'Created job rep-29453765'], [311, 'Normal', 'SawCompletedJob', 'Saw completed job: rep-29453765, condition: Complete']], 'CronJob events');
    h.eq([e[0].involvedObject.uid, e[0].involvedObject.namespace, e[0].metadata.namespace, e[0].source], [cj.metadata.uid, 'ops', 'ops', { component: 'cronjob-controller' }], 'envelope');
    const i = r.events.indexOf(e[0]);
    h.eq([r.events[i + 1].reason, r.events[i + 1].involvedObject.kind, r.events[i + 1].involvedObject.name], ['SuccessfulCreate', 'Job', 'rep-29453765'], 'Job event right after');
  },
};
