// Same world cut at 10m: the Job has FailureTarget only; the deleted pod is counted failed and terminating.
export default {
  id: 'job/ads-terminating-count',
  source: 'job_controller.go syncJob (jobCtx.terminating = CountTerminatingPods + deleted), trackJobStatusAndRemoveFinalizers; printers.go printJob STATUS FailureTarget; reference §2.5, §2.10',
  args: ['--duration', '10m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: adsnd}
spec:
  cluster:
    nodePools:
      - name: w
        count: 2
  faults:
    - { at: 60s, nodeDown: w-1, for: 15m }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: adsnd
spec:
  activeDeadlineSeconds: 120
  template:
    metadata:
      annotations:
        jobsim/duration: "20m"
    spec:
      nodeSelector: { kubernetes.io/hostname: w-1 }
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('adsnd');
    h.hasCond(job, 'FailureTarget', 'DeadlineExceeded');
    h.noCond(job, 'Failed');
    h.eq([job.status.active ?? 0, job.status.terminating, job.status.failed], [0, 1, 1], '[active, terminating, failed]');
    h.eq(h.events({ kind: 'Job', reason: 'DeadlineExceeded' }).length, 0, 'no DeadlineExceeded event before Failed');
    const pod = h.podsOf('adsnd')[0];
    h.eq(pod.metadata.finalizers ?? [], [], 'tracking finalizer already removed from the killed pod');
    h.eq(h.sec(pod.metadata.deletionTimestamp), 150, 'deletionTimestamp = deadline + 30s grace');
  },
};
