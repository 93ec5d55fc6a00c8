// A Job created while the Job controller is down and suspended before it returns never gets a
// status.startTime, so its template's nodeSelector may still change (the API server looks at the
// stored status, not at whether the Job was created unsuspended).
export default {
  id: 'timeline/template-directives-controller-down-never-started',
  source: 'pkg/registry/batch/job/strategy.go validationOptionsForJob (AllowMutableSchedulingDirectives = suspended && status.startTime == nil); job_controller.go syncJob (StartTime only set by a sync of an unsuspended Job)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: down}
spec:
  faults:
  - {at: 0s, controllerDown: job, for: 2m}
  timeline:
  - {at: 1m, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 3m, patch: {kind: Job, name: j, spec: {template: {spec: {nodeSelector: {kubernetes.io/hostname: node-3}}}}}}
  - {at: 4m, patch: {kind: Job, name: j, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    const pods = h.podsOf('j');
    h.eq(pods.length, 1, 'one pod');
    h.eq(h.sec(pods[0].metadata.creationTimestamp), 240, 'first pod on resume');
    h.eq(pods[0].spec.nodeName, 'node-3', 'new nodeSelector applied');
    const s = h.anyCond(j, 'Suspended');
    h.eq([s?.status, s?.reason], ['False', 'JobResumed'], 'resumed');
  },
};
