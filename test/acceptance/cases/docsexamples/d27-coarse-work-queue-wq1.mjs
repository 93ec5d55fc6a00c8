// Task "Coarse Parallel Processing Using a Work Queue" (job-wq-1: completions 8, parallelism 2, OnFailure): one pod per
// work item, two at a time: pods created at 0, 0, 11, 11, 22, 22, 33, 33s; "Pods Statuses: 0 Running / 8 Succeeded /
// 0 Failed", Complete at 44s.
export default {
  id: 'docsexamples/d27-coarse-work-queue-wq1',
  source: 'kubernetes.io/docs/tasks/job/coarse-parallel-processing-work-queue/; job_controller.go manageJob (wantActive = min(completions - succeeded, parallelism)); reference job §2.6',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata:
  name: job-wq-1
spec:
  completions: 8
  parallelism: 2
  template:
    metadata:
      name: job-wq-1
    spec:
      containers:
      - name: c
        image: gcr.io/myproject/job-wq-1
        env:
        - name: BROKER_URL
          value: amqp://guest:guest@rabbitmq-service:5672
        - name: QUEUE
          value: job1
      restartPolicy: OnFailure
`,
  check(r, h) {
    h.eq(h.podsOf('job-wq-1').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 0, 11, 11, 22, 22, 33, 33], 'pod creation times');
    const st = h.job('job-wq-1').status;
    h.eq([st.active ?? 0, st.succeeded, st.failed ?? 0, h.sec(st.completionTime)], [0, 8, 0, 44], 'status');
    h.eq(h.events({ kind: 'Job', reason: 'SuccessfulCreate' }).length, 8, 'eight Created pod events');
  },
};
