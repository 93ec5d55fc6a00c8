// Single container (OnFailure, pod Never) restarted at 10s runs until 20s: at 15s the pod is Ready again (True
// since 10s: no probes), so the Job counts it ready: active 1, ready 1; restartCount 1.
export default {
  id: 'crr2/ready-count-during-restarted-run',
  source: 'status/generate.go GeneratePodReadyCondition (all containers ready); job_controller.go countReadyPods',
  args: ['--duration', '15s'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: rc}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "10s", jobsim/exit-codes: "1,0"}}
    spec:
      restartPolicy: Never
      containers:
      - {name: c, image: busybox:1.36, restartPolicy: OnFailure}
`,
  check(r, h) {
    const p = h.podsOf('rc')[0];
    const ready = p.status.conditions.find((c) => c.type === 'Ready');
    h.eq([p.status.phase, ready.status, h.sec(ready.lastTransitionTime), p.status.containerStatuses[0].restartCount], ['Running', 'True', 10, 1], 'pod');
    const job = h.job('rc');
    h.eq([job.status.active, job.status.ready], [1, 1], '[active, ready]');
  },
};
