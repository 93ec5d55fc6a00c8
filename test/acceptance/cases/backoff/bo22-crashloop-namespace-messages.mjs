// format.Pod is name_namespace(uid): in namespace "etl" the BackOff event and the waiting message name the pod
// <name>_etl(<uid>); BackOff is a Warning from the kubelet, one per wait (exits at 20, 40, 70s).
export default {
  id: 'backoff/crashloop-namespace-messages',
  source: 'kuberuntime_manager.go doBackOff (Eventf Warning BackOff "Back-off restarting failed container %s in pod %s", err "back-off %s restarting failed container=%s pod=%s"); pkg/kubelet/util/format Pod',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ns1 }
spec: { duration: 75s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: ns1, namespace: etl }
spec:
  backoffLimit: 100
  template:
    metadata: { annotations: { jobsim/duration: "10s", jobsim/exit-codes: "1" } }
    spec:
      restartPolicy: OnFailure
      containers: [{ name: worker, image: busybox }]
`,
  check(r, h) {
    const p = h.of('Pod').find((x) => x.metadata.namespace === 'etl');
    h.assert(p, 'no pod in namespace etl');
    const fp = `${p.metadata.name}_etl(${p.metadata.uid})`;
    const ev = (r.events ?? []).filter((e) => e.reason === 'BackOff' && e.involvedObject?.name === p.metadata.name);
    h.eq(ev.map((e) => [h.sec(e.firstTimestamp), e.type, e.source?.component, e.message]),
      [20, 40, 70].map((t) => [t, 'Warning', 'kubelet', `Back-off restarting failed container worker in pod ${fp}`]), 'BackOff events');
    h.eq(p.status.containerStatuses[0].state.waiting?.message, `back-off 40s restarting failed container=worker pod=${fp}`, 'waiting message at 75s');
  },
};
