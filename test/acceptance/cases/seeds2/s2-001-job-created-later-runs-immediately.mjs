// Seed 001 FAQ "Job runs immediately; CronJob schedules Jobs": a Job created at +5m (kubectl apply then) gets its pod
// and startTime at once (+5m), and completes at +5m11s; no waiting for any schedule.
export default {
  id: 'seeds2/s2-001-job-created-later-runs-immediately',
  source: 'seed 001 §11 Q3; job_controller.go syncJob (startTime set on the first sync), manageJob; reference job §2.2',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: later
spec:
  duration: 10m
  timeline:
    - at: 5m
      create:
        apiVersion: batch/v1
        kind: Job
        metadata:
          name: data-processing-job
        spec:
          template:
            spec:
              containers:
              - name: data-processor
                image: python:3.10
                command: ["python", "-c", "print('Processing data...')"]
              restartPolicy: OnFailure
          backoffLimit: 3
`,
  check(r, h) {
    const job = h.job('data-processing-job');
    h.eq([h.sec(job.metadata.creationTimestamp), h.sec(job.status.startTime), h.sec(job.status.completionTime)], [300, 300, 311], 'times');
    h.eq(h.podsOf('data-processing-job').map((p) => h.sec(p.metadata.creationTimestamp)), [300], 'pod created at once');
  },
};
