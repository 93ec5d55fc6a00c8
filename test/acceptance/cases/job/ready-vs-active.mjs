// status.ready counts active pods whose Ready condition is True: with a 20s image pull, at 10s the pod is active but not ready.
export default {
  id: 'job/ready-vs-active',
  source: 'job_controller.go countReadyPods(activePods); reference §2.10',
  args: ['--duration', '10s'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: rdy}
spec:
  latencies:
    imagePull: 20s
---
apiVersion: batch/v1
kind: Job
metadata:
  name: rdy
spec:
  parallelism: 2
  completions: 2
  template:
    spec:
      containers:
      - name: c
        image: busybox
        imagePullPolicy: Always
      restartPolicy: Never
`,
  check(r, h) {
    const job = h.job('rdy');
    h.eq([job.status.active, job.status.ready], [2, 0], '[active, ready]');
  },
};
