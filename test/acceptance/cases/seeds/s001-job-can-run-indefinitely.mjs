// Seed 001 FAQ "Can a Job run indefinitely? No." is wrong: there is no default activeDeadlineSeconds; the seed's Job
// whose process never ends is still Running after 7 days (no condition, active 1, no completionTime).
export default {
  id: 'seeds/s001-job-can-run-indefinitely',
  source: 'pkg/apis/batch/v1/defaults.go SetDefaults_Job (no ActiveDeadlineSeconds default); job_controller.go pastActiveDeadline (nil -> false); reference job §1.1',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: forever
spec:
  duration: 7d
---
apiVersion: batch/v1
kind: Job
metadata:
  name: data-processing-job
spec:
  template:
    metadata:
      annotations:
        jobsim/duration: "8760h"
    spec:
      containers:
      - name: data-processor
        image: python:3.10
        command: ["python", "-c", "print('Processing data...')"]
      restartPolicy: OnFailure
  backoffLimit: 3
`,
  check(r, h) {
    h.eq(r.spec.end, '2026-01-08T00:00:00Z', 'ran 7 days');
    const job = h.job('data-processing-job');
    h.eq(job.spec.activeDeadlineSeconds, undefined, 'no default deadline');
    h.eq([job.status.active, job.status.ready, job.status.conditions, job.status.completionTime], [1, 1, undefined, undefined], 'still running');
    const pods = h.podsOf('data-processing-job');
    h.eq(pods.map((p) => [p.status.phase, p.status.containerStatuses[0].restartCount]), [['Running', 0]], 'one pod, running');
  },
};
