// parallelism 3 -> 1 while 3 pods run: one sync (the spec change enqueues at once) records two Normal
// SuccessfulDelete "Deleted pod: <name>" at +30s, followed by the kubelets' Killing; no failure is counted.
export default {
  id: 'events/ev33-scale-down-deletes',
  source: 'job_controller.go manageJob (rmAtLeast = active - wantActive; deletePods -> RealPodControl.DeletePod "Deleted pod: %v"); updateJob (generation change: immediate enqueue)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: sc}
spec:
  timeline:
  - {at: 30s, patch: {kind: Job, name: sc, spec: {parallelism: 1}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: sc}
spec:
  parallelism: 3
  completions: 3
  template:
    metadata: {annotations: {jobsim/duration: "1m"}}
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const at30 = r.events.filter((e) => h.sec(e.firstTimestamp) === 30).map((e) => [e.involvedObject.kind, e.reason]);
    h.eq(at30, [['Job', 'SuccessfulDelete'], ['Job', 'SuccessfulDelete'], ['Pod', 'Killing'], ['Pod', 'Killing']], 'events at +30s');
    const deleted = h.events({ reason: 'SuccessfulDelete' }).map((e) => e.message.slice('Deleted pod: '.length));
    const killed = h.events({ reason: 'Killing' }).map((e) => e.involvedObject.name);
    h.eq(killed.slice().sort(), deleted.slice().sort(), 'Killing for the deleted pods');
    h.eq(h.job('sc').status.failed ?? 0, 0, 'not counted as failed');
  },
};
