// OnFailure, backoffLimit 1, main always exits 1 after 10s, a native sidecar beside it. main exits at +10s and is
// restarted at once (restartCount 1); the Job controller (1s batching) sees restartCount >= backoffLimit at +11s and
// deletes the pod; the kubelet kills the two running containers: Killing for main and proxy at +11s; main ends 143 at
// +11s with lastState its exit 1 (+0s..+10s), proxy 143 at +11s.
export default {
  id: 'kubeevents/ev06-onfailure-limit-kills-running-restart',
  source: 'pkg/controller/job/job_controller.go pastBackoffLimitOnFailure (sum of restartCount >= backoffLimit) and deleteActivePods; pkg/kubelet/kuberuntime/kuberuntime_container.go killContainersWithSyncResult / killContainer; kuberuntime_manager.go computePodActions (first restart without back-off entry)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 1
  template:
    metadata: { annotations: { jobsim/exit-codes: "1", jobsim/duration: 10s } }
    spec:
      initContainers:
      - { name: proxy, image: envoy:1.30, restartPolicy: Always }
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    const ev = h.events({ name: p.metadata.name }).filter((e) => e.source.component === 'kubelet');
    h.eq(ev.filter((e) => e.reason === 'Started' || e.reason === 'Killing' || e.reason === 'BackOff').map((e) => [h.sec(e.firstTimestamp), e.reason, e.involvedObject.fieldPath]).sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]) || a[2].localeCompare(b[2])), [
      [0, 'Started', 'spec.containers{main}'], [0, 'Started', 'spec.initContainers{proxy}'],
      [10, 'Started', 'spec.containers{main}'],
      [11, 'Killing', 'spec.containers{main}'], [11, 'Killing', 'spec.initContainers{proxy}']], 'kubelet events');
    const m = p.status.containerStatuses[0];
    h.eq([m.restartCount, m.state.terminated.exitCode, h.sec(m.state.terminated.finishedAt), m.lastState.terminated.exitCode, h.sec(m.lastState.terminated.finishedAt)], [1, 143, 11, 1, 10], 'main');
    const s = p.status.initContainerStatuses[0];
    h.eq([s.state.terminated.exitCode, h.sec(s.state.terminated.finishedAt)], [143, 11], 'proxy');
    h.hasCond(h.job('j'), 'Failed', 'BackoffLimitExceeded');
  },
};
