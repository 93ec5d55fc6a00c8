// Only resources the pod sets at pod level are compared with the containers' aggregate: pod-level cpu 1 beside
// containers asking memory 1Gi and ephemeral-storage 1Gi (not set, or not even possible, at pod level) is accepted,
// and the pod is scheduled and runs.
export default {
  id: 'podlevel/val-unset-pod-level-resource-not-compared',
  source: 'pkg/apis/core/validation/validation.go validatePodResourceConsistency ("Skip if the pod-level request of the resource is not set"); PR #132551 (1.34) release note "Fixed the problem of validation error when specifying resource requirements at the container level for a resource not supported at the pod level"; issue #132449',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ok}
spec:
  template:
    spec:
      restartPolicy: Never
      resources: {requests: {cpu: "1"}}
      containers:
      - {name: c, image: busybox, resources: {requests: {memory: 1Gi, ephemeral-storage: 1Gi}}}
`,
  check(r, h) {
    const p = h.podsOf('ok')[0];
    h.eq(p.status.phase, 'Succeeded', 'pod phase');
    h.hasCond(h.job('ok'), 'Complete');
  },
};
