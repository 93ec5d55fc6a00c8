// ttlSecondsAfterFinished added (30) to a running Job at 5s: nothing happens until it finishes (Complete at 11s);
// the TTL controller then deletes it at 11 + 30 = 41s (foreground: deletionTimestamp 41s). Lowering it at 20s to
// 5 on a second Job already Complete at 11s deletes that one at once (20 >= 11 + 5). Setting deletionTimestamp
// bumps the generation (markAsDeleting), so both end at generation 3.
export default {
  id: 'mutations2/ttl-added-while-running',
  source: 'apiserver registry/generic/registry/store.go markAsDeleting (generation + 1); pkg/controller/ttlafterfinished ttlafterfinished_controller.go (addJob/updateJob enqueue finished Jobs with a TTL; processTTL: timeLeft <= 0 -> delete with Foreground propagation); reference job-controller §10',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: m2}
spec:
  timeline:
  - {at: 5s, patch: {kind: Job, name: a, spec: {ttlSecondsAfterFinished: 30}}}
  - {at: 20s, patch: {kind: Job, name: b, spec: {ttlSecondsAfterFinished: 5}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: a}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: b}
spec:
  ttlSecondsAfterFinished: 3600
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    const a = h.job('a'), b = h.job('b');
    h.eq([h.sec(a.status.completionTime), h.sec(a.metadata.deletionTimestamp), a.metadata.generation], [11, 41, 3], "a [completionTime, deletionTimestamp, generation (patch, then the deletion bumps it)]");
    h.eq([h.sec(b.status.completionTime), h.sec(b.metadata.deletionTimestamp), b.metadata.generation], [11, 20, 3], "b [completionTime, deletionTimestamp, generation]");
  },
};
