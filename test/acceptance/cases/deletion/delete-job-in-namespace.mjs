// A timeline delete names the namespace: only team/j goes (at 20s, pod grace 30 -> 50s); default/j is untouched.
export default {
  id: 'deletion/delete-job-in-namespace',
  source: 'CONTRACT §2 timeline (delete: {kind, name, namespace}); garbagecollector (owner by uid, same namespace)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 2m
  timeline:
  - {at: 20s, delete: {kind: Job, name: j, namespace: team}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j, namespace: team}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  template:
    metadata: {annotations: {jobsim/duration: "1h"}}
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.sec(h.job('j', 'team').metadata.deletionTimestamp), 20, 'team/j deleted');
    h.eq(h.job('j').metadata.deletionTimestamp, undefined, 'default/j kept');
    const pods = h.of('Pod').map((p) => [p.metadata.namespace, p.metadata.deletionTimestamp === undefined ? null : h.sec(p.metadata.deletionTimestamp)]);
    h.eq(pods, [['default', null], ['team', 50]], 'pods');
  },
};
