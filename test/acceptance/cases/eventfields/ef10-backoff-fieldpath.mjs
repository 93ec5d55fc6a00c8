// Two app containers under restartPolicy OnFailure, exit codes 1,1,0 (10s runs): the first restart (at
// +10s) is immediate (no back-off entry yet); after the second exit at +20s each container gets its own
// Warning BackOff "Back-off restarting failed container NAME in pod <pod>_<ns>(<uid>)" on its own
// container ref: spec.containers{a}, then spec.containers{b}.
export default {
  id: 'eventfields/ef10-backoff-fieldpath',
  source: 'kuberuntime_manager.go doBackOff (IsInBackOffSince false on the first restart, backOff.Next; then containerRef := GenerateContainerRef(pod, container); recorder.Eventf(containerRef, Warning, BackOffStartContainer, "Back-off restarting failed container %s in pod %s", container.Name, format.Pod(pod)))',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: bo}
spec:
  template:
    metadata: {annotations: {jobsim/exit-codes: "1,1,0"}}
    spec:
      restartPolicy: OnFailure
      containers: [{name: a, image: busybox:1.36}, {name: b, image: busybox:1.36}]
`,
  check(r, h) {
    const pod = h.podsOf('bo')[0];
    const b = h.events({ reason: 'BackOff' });
    const p = `${pod.metadata.name}_default(${pod.metadata.uid})`;
    h.eq(b.map((e) => [h.sec(e.firstTimestamp), e.type, e.message, e.involvedObject.fieldPath ?? null]), [
      [20, 'Warning', `Back-off restarting failed container a in pod ${p}`, 'spec.containers{a}'],
      [20, 'Warning', `Back-off restarting failed container b in pod ${p}`, 'spec.containers{b}'],
    ], 'BackOff');
  },
};
