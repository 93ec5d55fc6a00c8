// restartPolicy OnFailure, every 10s run exits 1, pod activeDeadlineSeconds 25: runs 0-10s and 10-20s,
// then CrashLoopBackOff (10s, restart due at 30s); at 25s the kubelet fails the pod DeadlineExceeded,
// so no third start; no container was running, so no Killing event.
export default {
  id: 'kubelet/pod-ads-crashloop',
  source: 'pkg/kubelet/active_deadline.go; kubelet_pods.go generateAPIPodStatus (ShouldEvict -> Failed); kuberuntime_container.go killContainersWithSyncResult (only running containers are killed, each with a Killing event)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: o }
spec: { duration: 2m }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 6
  template:
    metadata: { annotations: { jobsim/exit-codes: "1" } }
    spec:
      activeDeadlineSeconds: 25
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: OnFailure
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([p.status.phase, p.status.reason, p.status.message], ['Failed', 'DeadlineExceeded', 'Pod was active on the node longer than the specified deadline'], 'pod status');
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [0, 10], 'starts');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).length, 0, 'no Killing');
    const ev = h.events({ reason: 'DeadlineExceeded', kind: 'Pod' });
    h.assert(ev.length >= 1, 'DeadlineExceeded event');
    h.near(h.sec(ev[0].firstTimestamp), 25, 1, 'deadline');
  },
};
