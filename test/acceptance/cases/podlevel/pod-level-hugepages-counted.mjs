// Pod-level hugepages (1.34-1.35, PodLevelResources on) are accepted and counted by the scheduler: two pods of
// pod-level hugepages-2Mi 600Mi cannot share a node offering 1Gi of them; the second starts when the first ends.
const sorted = (o) => (o && typeof o === 'object' && !Array.isArray(o) ? Object.fromEntries(Object.keys(o).sort().map((k) => [k, sorted(o[k])])) : o);
export default {
  id: 'podlevel/pod-level-hugepages-counted',
  source: 'component-helpers resource/helpers.go IsSupportedPodLevelResource (hugepages- prefix) and PodRequests/applyPodLevelResources; pkg/apis/core/validation/validation.go validatePodResourceName + validateResourceRequirements (hugepages request == limit, with memory); noderesources fit.go fitsRequest (scalar resources)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: hp}
spec:
  cluster:
    nodePools:
    - name: h
      count: 1
      capacity: {cpu: "8", memory: 16Gi, hugepages-2Mi: 1Gi, pods: 110}
---
apiVersion: batch/v1
kind: Job
metadata: {name: hp}
spec:
  parallelism: 2
  completions: 2
  template:
    metadata:
      annotations: {jobsim/duration: "30s"}
    spec:
      restartPolicy: Never
      resources:
        requests: {memory: 1Gi, hugepages-2Mi: 600Mi}
        limits: {memory: 1Gi, hugepages-2Mi: 600Mi}
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const pods = h.podsOf('hp');
    h.eq(pods.length, 2, 'pods');
    h.eq(sorted(pods[0].spec.resources), { limits: { 'hugepages-2Mi': '600Mi', memory: '1Gi' }, requests: { 'hugepages-2Mi': '600Mi', memory: '1Gi' } }, 'pod spec.resources');
    h.eq(pods.map((p) => h.sec(p.status.startTime)).sort((a, b) => a - b), [0, 30], 'second pod waits for the hugepages of the first');
  },
};
