// Two pods with sidecars running in parallel: the Job reports active 2 and ready 2 (pod Ready needs
// main and the started, ready sidecar), and every pod's Initialized is True from +0s.
export default {
  id: 'sidecars/job-ready-parallel',
  source: 'pkg/controller/job/job_controller.go (status.ready = countReadyPods, podutil.IsPodReady); pkg/kubelet/status/generate.go GeneratePodReadyCondition, GeneratePodInitializedCondition',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 30s
---
apiVersion: batch/v1
kind: Job
metadata: { name: j }
spec:
  parallelism: 2
  completions: 2
  template:
    metadata: { annotations: { jobsim/duration: "1h" } }
    spec:
      initContainers: [{ name: proxy, image: envoy:1.30, restartPolicy: Always }]
      containers: [{ name: main, image: busybox:1.36 }]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('j');
    h.eq([j.status.active, j.status.ready], [2, 2], 'active/ready');
    for (const p of h.podsOf('j')) {
      const i = h.hasCond(p, 'Initialized');
      h.eq(h.sec(i.lastTransitionTime), 0, 'Initialized at +0s');
      h.eq(p.status.initContainerStatuses[0].state?.running !== undefined, true, 'sidecar running');
    }
  },
};
