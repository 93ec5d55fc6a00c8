// Job concept page, "Delayed creation of replacement pods": with podReplacementPolicy: Failed, a replacement is created
// only once the previous pod is fully terminated (phase Failed); ".status.terminating" counts the pods still
// terminating. A pod evicted from an unreachable node (taint eviction at ~410s) stays Terminating: terminating 1, no
// replacement and nothing counted as failed yet.
export default {
  id: 'docsexamples/d40-prp-failed-terminating',
  source: 'kubernetes.io/docs/concepts/workloads/controllers/job/#pod-replacement-policy; job_controller.go isPodFailed/onlyReplaceFailedPods, manageJob (diff minus terminating); reference job §4',
  args: ['--duration', '10m'],
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata:
  name: prp
spec:
  faults:
  - { at: 1m, nodeDown: node-2 }
---
apiVersion: batch/v1
kind: Job
metadata:
  name: new
spec:
  podReplacementPolicy: Failed
  parallelism: 2
  completions: 2
  template:
    metadata:
      annotations:
        jobsim/duration: "30m"
    spec:
      containers:
      - name: c
        image: busybox:1.28
      restartPolicy: Never
`,
  check(r, h) {
    const st = h.job('new').status;
    h.eq([st.active, st.terminating, st.failed, st.succeeded], [1, 1, undefined, undefined], 'status');
    const pods = h.podsOf('new');
    h.eq(pods.length, 2, 'no replacement');
    const t = pods.find((p) => p.spec.nodeName === 'node-2');
    h.eq([t.status.phase, t.metadata.finalizers], ['Running', ['batch.kubernetes.io/job-tracking']], 'terminating pod still tracked');
    h.assert(t.metadata.deletionTimestamp !== undefined, 'has deletionTimestamp');
  },
};
