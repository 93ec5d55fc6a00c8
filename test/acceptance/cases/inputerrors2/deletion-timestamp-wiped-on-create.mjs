// metadata.deletionTimestamp (and uid, creationTimestamp) in a manifest are system fields the API server
// wipes on create (rest.WipeObjectMetaSystemFields in the create handler; older BeforeCreate:
// SetDeletionTimestamp(nil)). A Job copied from `kubectl get -o yaml` of a terminating Job is created
// as a live Job: it runs its pod and completes; no deletionTimestamp in the result.
export default {
  id: 'inputerrors2/deletion-timestamp-wiped-on-create',
  source: 'k8s.io/apiserver/pkg/registry/rest/meta.go WipeObjectMetaSystemFields (SetDeletionTimestamp(nil), SetDeletionGracePeriodSeconds(nil)), called by handlers/create.go; FillObjectMetaSystemFields (new uid, creationTimestamp)',
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: a
  uid: 0b8a1f2e-0000-4000-8000-000000000001
  creationTimestamp: "2020-01-01T00:00:00Z"
  deletionTimestamp: "2020-01-01T00:00:00Z"
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const j = h.job('a');
    h.eq(j.metadata.deletionTimestamp, undefined, 'deletionTimestamp wiped');
    h.eq(j.metadata.creationTimestamp, '2026-01-01T00:00:00Z', 'creationTimestamp set by the server');
    h.assert(j.metadata.uid !== '0b8a1f2e-0000-4000-8000-000000000001', 'uid set by the server');
    h.hasCond(j, 'Complete');
    h.eq([j.status.succeeded, h.sec(j.status.completionTime)], [1, 11], 'completed like any Job');
  },
};
