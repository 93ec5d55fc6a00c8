// Pod failure policy task, "ignore Pod disruptions" (job-pod-failure-policy-ignore.yaml: completions 4, parallelism 2,
// sleep 90, backoffLimit 0, Ignore on DisruptionTarget): evicting a running pod (what `kubectl drain` does) within 90s
// leaves .status.failed at 0 and "The Job resumes and succeeds". The evicted pod gets DisruptionTarget
// (EvictionByEvictionAPI, "Eviction API: evicting"), fails on SIGTERM; it is replaced only once Failed
// (podReplacementPolicy Failed with a pod failure policy), after the 10s backoff an ignored failure still feeds.
export default {
  id: 'docsexamples/d13-pfp-ignore-drain',
  source: 'kubernetes.io/docs/tasks/job/pod-failure-policy/#using-pod-failure-policy-to-ignore-pod-disruptions; pkg/registry/core/pod/storage/eviction.go (DisruptionTarget EvictionByEvictionAPI); job_controller.go (Ignore not counted); reference job §4, §5, §3.2',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: drain
spec:
  faults:
  - { at: 30s, evictPod: default/job-pod-failure-policy-ignore-bn7wn }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: job-pod-failure-policy-ignore
spec:
  completions: 4
  parallelism: 2
  template:
    metadata:
      annotations:
        jobsim/duration: "90s"
    spec:
      restartPolicy: Never
      containers:
      - name: main
        image: docker.io/library/bash:5
        command: ["bash"]
        args:
        - -c
        - echo "Hello world! I'm going to exit with 0 (success)." && sleep 90 && exit 0
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions:
      - type: DisruptionTarget
`,
  check(r, h) {
    const evicted = h.get('Pod', 'job-pod-failure-policy-ignore-bn7wn');
    const dt = (evicted.status.conditions ?? []).find((c) => c.type === 'DisruptionTarget');
    h.eq([dt?.status, dt?.reason, dt?.message, h.sec(dt?.lastTransitionTime)], ['True', 'EvictionByEvictionAPI', 'Eviction API: evicting', 30], 'DisruptionTarget');
    h.eq([evicted.status.phase, h.exitCodeOf(evicted)], ['Failed', 143], 'evicted pod');
    const pods = h.podsOf('job-pod-failure-policy-ignore');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 0, 40, 91, 131], 'pod creation times');
    const job = h.job('job-pod-failure-policy-ignore');
    h.eq([job.status.failed ?? 0, job.status.succeeded, h.sec(job.status.completionTime)], [0, 4, 222], 'status');
    h.hasCond(job, 'Complete', 'CompletionsReached');
    h.noCond(job, 'Failed');
  },
};
