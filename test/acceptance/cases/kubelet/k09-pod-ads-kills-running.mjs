// activeDeadlineSeconds on the pod template: the kubelet's activeDeadlineHandler fails the pod once
// now - status.startTime >= 60s: Normal event DeadlineExceeded "Pod was active on the node longer than
// the specified deadline", phase Failed with that reason and message, and the running container is
// stopped (Killing "Stopping container c").
export default {
  id: 'kubelet/pod-ads-kills-running',
  source: 'pkg/kubelet/active_deadline.go (reason DeadlineExceeded, message, pastActiveDeadline from status.startTime, >=); kubelet_pods.go generateAPIPodStatus (PodSyncHandlers ShouldEvict -> Phase Failed, Reason, Message); kuberuntime killContainer ("Stopping container %s")',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "5m" } }
    spec:
      activeDeadlineSeconds: 60
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'DeadlineExceeded', 'Pod was active on the node longer than the specified deadline'], 'pod status');
    const ev = h.events({ reason: 'DeadlineExceeded', kind: 'Pod', name: p.metadata.name });
    h.assert(ev.length >= 1, 'a DeadlineExceeded event on the pod');
    h.eq([ev[0].type, ev[0].source.component, ev[0].message], ['Normal', 'kubelet', 'Pod was active on the node longer than the specified deadline'], 'event');
    h.near(h.sec(ev[0].firstTimestamp), 60, 1, 'event time');
    const k = h.events({ reason: 'Killing', name: p.metadata.name });
    h.eq(k.map((e) => e.message), ['Stopping container c'], 'Killing');
    h.near(h.sec(k[0].firstTimestamp), 60, 1, 'Killing time');
    const t = p.status.containerStatuses[0].state.terminated;
    h.assert(t && t.exitCode !== 0, 'container terminated by a signal');
    h.near(h.sec(t.finishedAt), 60, 1, 'container stopped at the deadline');
  },
};
