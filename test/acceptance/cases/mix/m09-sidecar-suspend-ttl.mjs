// Two sidecars a, b. Suspended at 30s: the pod is deleted, the kubelet kills main, then b, then a
// (reverse declaration order), all exit 143 at 30s. Resumed at 2m; the new pod runs 1m; Complete at
// 3m1s; ttlSecondsAfterFinished 60 deletes the Job at 4m1s.
export default {
  id: 'mix/sidecar-suspend-ttl',
  source: 'kuberuntime_container.go killContainersWithSyncResult (sidecars in reverse order after the regular containers); pkg/controller/job suspend; pkg/controller/ttlafterfinished',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: s3}
spec:
  timeline:
  - {at: 30s, patch: {kind: Job, name: j, spec: {suspend: true}}}
  - {at: 2m, patch: {kind: Job, name: j, spec: {suspend: false}}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: j}
spec:
  ttlSecondsAfterFinished: 60
  template:
    metadata: {annotations: {jobsim/duration: "1m"}}
    spec:
      restartPolicy: Never
      initContainers:
      - {name: a, image: a:1, restartPolicy: Always}
      - {name: b, image: b:1, restartPolicy: Always}
      containers: [{name: main, image: busybox:1.36}]
`,
  check(r, h) {
    const [p, q] = h.podsOf('j');
    h.eq(h.events({ reason: 'Killing', name: p.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[30, 'Stopping container main'], [30, 'Stopping container b'], [30, 'Stopping container a']], 'Killing on suspend');
    h.eq(h.events({ reason: 'Killing', name: q.metadata.name }).map((e) => [h.sec(e.firstTimestamp), e.message]), [[180, 'Stopping container b'], [180, 'Stopping container a']], 'Killing at the end');
    h.eq(p.status.initContainerStatuses.map((c) => c.state.terminated.exitCode), [143, 143], 'sidecar exits');
    const j = h.job('j');
    h.eq(h.sec(j.status.completionTime), 181, 'completion');
    h.eq(h.sec(j.metadata.deletionTimestamp), 241, 'ttl deletion');
  },
};
