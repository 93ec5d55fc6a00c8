// On create the API server overwrites uid and creationTimestamp (FillObjectMetaSystemFields), the Job strategy sets
// generation 1 and clears status, whatever the manifest says.
export default {
  id: 'defaults/system-fields-overwritten',
  source: 'staging/src/k8s.io/apiserver/pkg/registry/rest/create.go BeforeCreate (FillObjectMetaSystemFields); pkg/registry/batch/job/strategy.go PrepareForCreate (job.Status = batch.JobStatus{}, job.Generation = 1)',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: sys
  uid: 11111111-2222-3333-4444-555555555555
  creationTimestamp: "2020-01-01T00:00:00Z"
  generation: 7
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: "busybox:1.36"}]
status:
  succeeded: 5
  failed: 2
`,
  check(r, h) {
    const j = h.job('sys');
    h.assert(j.metadata.uid !== '11111111-2222-3333-4444-555555555555', 'uid regenerated');
    h.assert(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(j.metadata.uid), `uid ${j.metadata.uid} is a v4 UUID`);
    h.eq([j.metadata.creationTimestamp, j.metadata.generation], ['2026-01-01T00:00:00Z', 1], '[creationTimestamp, generation]');
    h.eq([j.status.succeeded, j.status.failed], [undefined, undefined], 'status cleared on create (pod still running at 1s)');
    h.eq(j.spec.selector.matchLabels['batch.kubernetes.io/controller-uid'], j.metadata.uid, 'selector uses the new uid');
    h.assert(/^\d+$/.test(j.metadata.resourceVersion), 'resourceVersion is a decimal string');
  },
};
