// "Job tracking with finalizers": the control plane removes batch.kubernetes.io/job-tracking once the pod is accounted
// for in the Job status; the finished pod stays (Jobs do not delete completed pods), without the finalizer.
export default {
  id: 'docsexamples/d03-finalizer-removed-after-count',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#job-tracking-with-finalizers; job_controller.go trackJobStatusAndRemoveFinalizers; reference job §2.7',
  args: ['--duration', '1m'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  completions: 2
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl", "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('pi');
    h.eq(pods.map((p) => [p.status.phase, p.metadata.finalizers ?? [], p.metadata.deletionTimestamp]), [['Succeeded', [], undefined], ['Succeeded', [], undefined]], 'finished pods kept, finalizer gone');
    h.eq(pods.map((p) => h.sec(p.metadata.creationTimestamp)), [0, 11], 'second pod after the first success (completions 2, parallelism 1)');
    h.eq([h.job('pi').status.succeeded, h.sec(h.job('pi').status.completionTime)], [2, 22], 'succeeded, completionTime');
  },
};
