// Legacy (core/v1 recorder) events carry no series, no action and no related object: makeEvent never
// sets them and they are omitempty. Checked for every event of a run touching all the controllers that
// use the legacy recorder (job, cronjob, kubelet, node-controller, taint-eviction).
export default {
  id: 'eventfields/ef19-no-series-action-related',
  source: 'client-go tools/record/event.go makeEvent (no Series, Action, Related); k8s.io/api core/v1 Event (series, action, related: omitempty)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: ev}
spec:
  duration: 20m
  faults:
  - {at: 2m, nodeDown: node-1}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/5 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/exit-codes: "1,0"}}
        spec:
          containers: [{name: c, image: busybox:1.36}]
          restartPolicy: OnFailure
---
apiVersion: batch/v1
kind: Job
metadata: {name: pinned}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      nodeSelector: {kubernetes.io/hostname: node-1}
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const comps = new Set();
    for (const e of r.events) {
      comps.add(e.source.component);
      for (const k of ['series', 'action', 'related']) h.assert(e[k] === undefined || e[k] === null || e[k] === '', `${e.reason} (${e.source.component}): unexpected ${k} ${JSON.stringify(e[k])}`);
    }
    for (const c of ['job-controller', 'cronjob-controller', 'kubelet', 'node-controller', 'taint-eviction-controller']) h.assert(comps.has(c), `an event from ${c}`);
  },
};
