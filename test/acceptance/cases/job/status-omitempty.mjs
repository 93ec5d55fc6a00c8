// The Job status is written in the API's JSON shape: active, succeeded, failed (int32 omitempty) and completedIndexes
// (string omitempty) are absent when zero/empty, while ready and terminating (*int32) are present as 0, and
// uncountedTerminatedPods is {}. (A real `kubectl get job -o yaml` of a Complete Job has no `active:` nor `failed:`.)
export default {
  id: 'job/status-omitempty',
  source: 'k8s.io/api batch/v1 types.go JobStatus (Active/Succeeded/Failed int32 `json:",omitempty"`, CompletedIndexes string omitempty, Ready/Terminating *int32); contract §3 "in the API\'s own JSON shape"',
  args: ['--duration', '2m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ok}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: bad}
spec:
  backoffLimit: 0
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: ix}
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const keys = (j) => Object.keys(j.status).sort();
    h.eq(keys(h.job('ok')), ['completionTime', 'conditions', 'ready', 'startTime', 'succeeded', 'terminating', 'uncountedTerminatedPods'], 'Complete Job status keys');
    h.eq(keys(h.job('bad')), ['conditions', 'failed', 'ready', 'startTime', 'terminating', 'uncountedTerminatedPods'], 'Failed Job status keys');
    h.eq(keys(h.job('ix')), ['active', 'ready', 'startTime', 'terminating', 'uncountedTerminatedPods'], 'running Indexed Job status keys');
  },
};
