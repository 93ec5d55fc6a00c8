// When FailJob deletes the running pod, the job controller records SuccessfulDelete right after
// its DELETE call returns; the kubelet only then sees the deletion and records Killing. The
// event log keeps that order.
export default {
  id: 'policy/killed-pod-event-order',
  source: 'controller_utils.go RealPodControl.DeletePod (event after the API call); kubelet kuberuntime killContainer ("Stopping container") runs on the kubelet\'s watch of the deletion',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: c }
spec:
  behaviors:
  - selector: { matchLabels: { app: w } }
    duration: 1h
    perIndex:
      "1": { duration: 10s, exitCodes: [5] }
---
apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completionMode: Indexed
  completions: 2
  parallelism: 2
  podFailurePolicy:
    rules:
    - { action: FailJob, onExitCodes: { operator: In, values: [5] } }
  template:
    metadata: { labels: { app: w } }
    spec:
      containers: [{ name: main-container, image: busybox }]
      restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events().filter((e) => e.reason === 'SuccessfulDelete' || e.reason === 'Killing');
    h.eq(ev.map((e) => [e.reason, h.sec(e.firstTimestamp)]), [['SuccessfulDelete', 11], ['Killing', 11]], 'order');
  },
};
