// resourceVersion (cleared by kubectl's Helper.Create), uid and creationTimestamp (set by the server),
// generation (1 on create, Job PrepareForCreate) and status (dropped on create) written in a manifest
// do not survive: the Job gets the server's values and its status is the controller's.
export default {
  id: 'inputerrors2/system-fields-replaced-on-create',
  source: 'cli-runtime resource/helper.go CreateWithOptions (modify: SetResourceVersion("")); apiserver rest FillObjectMetaSystemFields; pkg/registry/batch/job/strategy.go PrepareForCreate (Generation = 1, Status cleared)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: a
  resourceVersion: "123"
  uid: 0b8a1f2e-0000-4000-8000-000000000001
  creationTimestamp: "2020-01-01T00:00:00Z"
  generation: 3
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
status: {active: 5, succeeded: 9}
`,
  check(r, h) {
    const j = h.job('a');
    h.assert(j.metadata.uid !== '0b8a1f2e-0000-4000-8000-000000000001', 'uid replaced');
    h.eq([j.metadata.creationTimestamp, j.metadata.generation], ['2026-01-01T00:00:00Z', 1], 'creationTimestamp, generation');
    h.assert(j.metadata.resourceVersion !== '123', 'resourceVersion is the server\'s');
    h.eq([j.status.succeeded, j.status.active], [1, undefined], 'status from the controller');
  },
};
