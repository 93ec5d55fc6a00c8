// An Ignore rule on PodScheduled=True matches every failed pod that was ever bound: with backoffLimit 0 the Job
// still never fails; each failure is ignored (status.failed stays absent) but still feeds the exponential
// pod-recreation delay: pods at 0, 20, 50, 100s (each runs 10s, exit 1; delays 10s, 20s, 40s).
export default {
  id: 'jobctl/pfp-ignore-podscheduled-retries-forever',
  source: 'job_controller_test.go TestSyncJobWithJobPodFailurePolicy "ignore pod failure based on OnPodConditions, ignored failures delays pod recreation"; pod_failure_policy_test.go TestMatchPodFailurePolicy "ignore rule matched for pod conditions"; job_controller.go nonIgnoredFailedPodsCount, backoff_utils.go newBackoffRecord (every new failed pod)',
  args: ['--duration', '3m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ig}
spec:
  backoffLimit: 0
  podFailurePolicy:
    rules:
    - action: Ignore
      onPodConditions:
      - {type: PodScheduled, status: "True"}
  template:
    metadata: {annotations: {jobsim/exit-codes: "1"}}
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('ig');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 20, 50, 100], 'pod creation times');
    h.eq(pods.map((p) => p.status.phase), ['Failed', 'Failed', 'Failed', 'Failed'], 'phases');
    const j = h.job('ig');
    h.eq(j.status.conditions, undefined, 'no conditions');
    h.eq([j.status.failed, j.status.active, j.status.succeeded], [undefined, undefined, undefined], '[failed, active, succeeded] absent');
    h.eq(h.events({ kind: 'Job', name: 'ig' }).map((e) => e.reason), ['SuccessfulCreate', 'SuccessfulCreate', 'SuccessfulCreate', 'SuccessfulCreate'], 'only creations');
  },
};
