// ownerReferences: apiVersion must carry a version ("" , "apps/" and "a/b/c" do not parse to one), kind, name and uid
// must not be empty, and a v1 Event may not own anything. The paths carry no index (metadata.ownerReferences.uid).
export default {
  id: 'apimeta/ownerreference-field-rules',
  source: 'apimachinery pkg/api/validation/objectmeta.go validateOwnerReference (schema.FromAPIVersionAndKind -> ParseGroupVersion; "version must not be empty", "must not be empty"; BannedOwners {"", "v1", "Event"}: "%s is disallowed from being an owner" with gvk.String() "/v1, Kind=Event"), ValidateOwnerReferences (fldPath without index)',
  exit: 2,
  scenario: `apiVersion: batch/v1
kind: Job
metadata:
  name: empty
  ownerReferences: [{apiVersion: "", kind: "", name: "", uid: ""}]
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: versions
  ownerReferences:
  - {apiVersion: apps/, kind: ReplicaSet, name: a, uid: u1}
  - {apiVersion: a/b/c, kind: ReplicaSet, name: b, uid: u2}
  - {apiVersion: apps/v1, kind: ReplicaSet, name: c, uid: u3}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
---
apiVersion: batch/v1
kind: Job
metadata:
  name: event
  ownerReferences: [{apiVersion: v1, kind: Event, name: e, uid: u1}]
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox}]
`,
  check(r, h) {
    const lines = r.stderr.split('\n').filter((l) => l.includes('Job default/')).map((l) => l.replace(/^.*?: Job /, 'Job '));
    h.eq(lines, [
      'Job default/empty: metadata.ownerReferences.apiVersion: Invalid value: "": version must not be empty',
      'Job default/empty: metadata.ownerReferences.kind: Invalid value: "": must not be empty',
      'Job default/empty: metadata.ownerReferences.name: Invalid value: "": must not be empty',
      'Job default/empty: metadata.ownerReferences.uid: Invalid value: "": must not be empty',
      'Job default/versions: metadata.ownerReferences.apiVersion: Invalid value: "apps/": version must not be empty',
      'Job default/versions: metadata.ownerReferences.apiVersion: Invalid value: "a/b/c": version must not be empty',
      'Job default/event: metadata.ownerReferences: Invalid value: v1.OwnerReference{APIVersion:"v1", Kind:"Event", Name:"e", UID:"u1", Controller:(*bool)(nil), BlockOwnerDeletion:(*bool)(nil)}: /v1, Kind=Event is disallowed from being an owner',
    ], 'problems in order');
  },
};
