// Task "Fine Parallel Processing Using a Work Queue" (job-wq-2: parallelism 2, completions unset, OnFailure): a work
// queue Job keeps .spec.completions unset (not defaulted when parallelism is set); both workers drain the queue and exit
// 0; "once at least one Pod has terminated with success and all Pods are terminated, then the Job is completed": 2 pods,
// succeeded 2, Complete at 11s.
export default {
  id: 'docsexamples/d25-work-queue-wq2',
  source: 'kubernetes.io/docs/tasks/job/fine-parallel-processing-work-queue/; kubernetes.io/docs/concepts/workloads/controllers/job/#parallel-jobs; defaults.go SetDefaults_Job; reference job §1.1, §2.6 step 5',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: job-wq-2
spec:
  parallelism: 2
  template:
    metadata:
      name: job-wq-2
    spec:
      containers:
      - name: c
        image: gcr.io/myproject/job-wq-2
      restartPolicy: OnFailure
`,
  check(r, h) {
    const job = h.job('job-wq-2');
    h.eq([job.spec.completions, job.spec.parallelism], [undefined, 2], 'completions unset');
    h.eq([job.status.succeeded, h.sec(job.status.completionTime)], [2, 11], 'completed');
    h.eq(h.podsOf('job-wq-2').length, 2, 'two workers');
  },
};
