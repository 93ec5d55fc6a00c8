// Pod termination with sidecars: "the kubelet will delay sending the TERM signal to these sidecar containers until
// the last main container has fully terminated. The sidecar containers will be terminated in the reverse order they
// are defined", and "slow termination of a main container will also delay the termination of the sidecar
// containers". The Job is deleted at 30s (grace 60s): every running container gets its Killing at 30s; main takes
// 20s to stop (143 at 50s); logs, the later sidecar, first runs its 30s preStop sleep (30-60s), then gets SIGTERM
// (143 at 60s); proxy, declared first, waits for main and for logs, so it ends at 60s too, not at 50s.
export default {
  id: 'podlife/pl11-sidecars-reverse-order-later-hook-holds-earlier',
  source: 'website content/en/docs/concepts/workloads/pods/pod-termination.md "Pod shutdown and sidecar containers"; pkg/kubelet/kuberuntime/kuberuntime_termination_order.go newTerminationOrdering (a sidecar waits for every main container and for the sidecar declared after it), waitForTurn; kuberuntime_container.go killContainer (Killing event, preStop, then waitForTurn, then StopContainer)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: order}
spec:
  duration: 5m
  behaviors:
  - selector: {matchLabels: {app: etl}}
    duration: 1h
    onSigterm: 20s
  timeline:
  - {at: 30s, delete: {kind: Job, name: etl}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: etl}
spec:
  template:
    metadata: {labels: {app: etl}}
    spec:
      terminationGracePeriodSeconds: 60
      initContainers:
      - {name: proxy, image: busybox:1.36, restartPolicy: Always}
      - name: logs
        image: busybox:1.36
        restartPolicy: Always
        lifecycle: {preStop: {sleep: {seconds: 30}}}
      containers: [{name: main, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('etl')[0];
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.involvedObject.fieldPath]).sort(),
      [[30, 'spec.containers{main}'], [30, 'spec.initContainers{logs}'], [30, 'spec.initContainers{proxy}']], 'Killing for every running container at the deletion');
    const end = (c) => [c.name, c.state.terminated?.exitCode, h.sec(c.state.terminated?.finishedAt)];
    h.eq([...p.status.initContainerStatuses, ...p.status.containerStatuses].map(end), [['proxy', 143, 60], ['logs', 143, 60], ['main', 143, 50]], 'ends');
    h.eq([p.status.phase, h.sec(p.metadata.deletionTimestamp)], ['Failed', 90], 'pod');
  },
};
