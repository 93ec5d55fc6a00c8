// Only the pod template's annotations carry a behaviour: jobsim/duration on the Job's own metadata
// does not reach the pods (the Job controller copies template annotations only), so the matching rule's
// 1m applies. At the end of the run (25s) both pods are Running, containers running since +0s, ready,
// Job active 2 and ready 2.
export default {
  id: 'workload/job-metadata-annotation-ignored',
  source: 'CONTRACT.md §2 ("A pod template may carry its own behaviour in annotations"); pkg/controller/controller_utils.go getPodsAnnotationSet (template annotations); job status.ready',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: h}
spec:
  duration: 25s
  behaviors:
  - selector: {matchLabels: {app: a}}
    duration: 1m
---
apiVersion: batch/v1
kind: Job
metadata:
  name: a
  annotations: {jobsim/duration: "5s"}
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: {labels: {app: a}}
    spec: {containers: [{name: c, image: busybox:1.36}], restartPolicy: Never}
`,
  check(r, h) {
    for (const p of h.podsOf('a')) {
      const cs = p.status.containerStatuses[0];
      h.eq([p.status.phase, cs.ready, cs.started, h.sec(cs.state.running?.startedAt), cs.restartCount], ['Running', true, true, 0, 0], `${p.metadata.name} running`);
      h.eq(p.metadata.annotations?.['jobsim/duration'], undefined, 'no annotation on the pod');
    }
    h.eq([h.job('a').status.active, h.job('a').status.ready], [2, 2], 'active, ready');
  },
};
