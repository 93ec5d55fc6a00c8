// A Job deleted at 30s and created again with the same name at 31s: the new Job has a new uid and selector
// (batch.kubernetes.io/controller-uid), so it neither adopts nor counts the old pod (which is being deleted, owned by
// the old uid); it creates its own pod at 31s. The result's items keep the last Job object under that name.
export default {
  id: 'deletion/delete-and-recreate-same-name',
  source: 'job registry strategy generateSelector (controller-uid selector); job_controller.go getPodsForJob/ClaimPods (controllerRef uid must match); CONTRACT §2 timeline create/delete',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: del}
spec:
  duration: 5m
  timeline:
  - {at: 30s, delete: {kind: Job, name: j}}
  - at: 31s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: {name: j}
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
    const jobs = h.of('Job').filter((j) => j.metadata.name === 'j');
    h.assert(jobs.length >= 1, 'the Job is in items');
    const live = jobs.find((j) => j.metadata.deletionTimestamp === undefined);
    h.assert(live, 'the recreated Job is live');
    h.eq(h.sec(live.metadata.creationTimestamp), 31, 'recreated at 31s');
    const pods = h.of('Pod').filter((p) => p.metadata.ownerReferences?.[0]?.name === 'j');
    const mine = pods.filter((p) => p.metadata.ownerReferences[0].uid === live.metadata.uid);
    const old = pods.filter((p) => p.metadata.ownerReferences[0].uid !== live.metadata.uid);
    h.eq(mine.map((p) => [h.sec(p.metadata.creationTimestamp), p.metadata.deletionTimestamp]), [[31, undefined]], 'one new pod at 31s');
    h.eq(old.map((p) => [h.sec(p.metadata.creationTimestamp), h.sec(p.metadata.deletionTimestamp)]), [[0, 60]], 'old pod deleted gracefully');
    h.eq([live.status.active, live.status.failed], [1, undefined], 'the old pod is not counted by the new Job');
    h.eq(r.counts.Job, 2, 'two Job objects created');
  },
};
