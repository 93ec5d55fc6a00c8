// activeDeadlineSeconds is measured from status.startTime, which the status manager stamps on the kubelet's
// first status (the admission, 0s), not from the container start: with a 30s image pull and a 40s deadline the
// container runs from 30s and is killed about 40s after the admission (10s of run), 143/Error, the pod Failed
// DeadlineExceeded with its Ready condition True at 30s and False/PodFailed at the kill.
export default {
  id: 'kubestatus/ads-counts-from-starttime-not-container-start',
  source: 'pkg/kubelet/active_deadline.go pastActiveDeadline (now - pod.Status.StartTime >= ActiveDeadlineSeconds); status_manager.go updateStatusInternal (StartTime set on the first status); kubelet_pods.go generateAPIPodStatus (ShouldEvict -> Failed, DeadlineExceeded)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: ks }
spec:
  duration: 2m
  latencies: { imagePull: 30s }
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  backoffLimit: 0
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      activeDeadlineSeconds: 40
      containers: [{ name: c, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const p = h.podsOf('j')[0];
    h.eq([p.status.phase, p.status.reason, h.sec(p.status.startTime)], ['Failed', 'DeadlineExceeded', 0], 'pod');
    const t = p.status.containerStatuses[0].state.terminated;
    h.eq([t.exitCode, t.reason, h.sec(t.startedAt)], [143, 'Error', 30], 'container killed');
    h.near(h.sec(t.finishedAt), 40, 1, 'killed at the deadline from startTime');
    const ready = h.anyCond(p, 'Ready');
    h.eq([ready.status, ready.reason], ['False', 'PodFailed'], 'Ready');
    h.near(h.sec(ready.lastTransitionTime), 40, 1, 'Ready False at the kill');
    h.eq(h.events({ reason: 'Started', name: p.metadata.name }).map((e) => h.sec(e.firstTimestamp)), [30], 'started after the pull');
  },
};
