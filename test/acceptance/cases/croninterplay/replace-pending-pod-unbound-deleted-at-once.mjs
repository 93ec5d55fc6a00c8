// Replace on a cluster too small for the pod (requests cpu 2, one node of 1 cpu): the Job's pod stays Pending
// (FailedScheduling). At the next slot the Job is deleted (background) and replaced; the GC deletes the unbound pod,
// which the API server deletes at once (no nodeName: grace 0): deletionTimestamp = the slot, grace 0, phase Pending.
// The deleted Job had a startTime although no pod ever ran.
export default {
  id: 'croninterplay/replace-pending-pod-unbound-deleted-at-once',
  source: 'cronjob_controllerv2.go syncCronJob ReplaceConcurrent; pod strategy CheckGracefulDelete (len(pod.Spec.NodeName) == 0: period 0); job_controller.go syncJob (StartTime set on first unsuspended sync)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 25m
  cluster:
    nodePools:
    - {name: small, count: 1, capacity: {cpu: "1", memory: 4Gi, pods: 110}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: busybox, resources: {requests: {cpu: "2"}}}]
          restartPolicy: Never
`,
  check(r, h) {
    const ev = h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason, e.message]);
    h.eq(ev, [
      [600, 'SuccessfulCreate', 'Created job cj-29453770'],
      [1200, 'SuccessfulDelete', 'Deleted job cj-29453770'],
      [1200, 'SuccessfulCreate', 'Created job cj-29453780'],
    ], 'CronJob events');
    const j = h.job('cj-29453770');
    h.eq([h.sec(j.metadata.deletionTimestamp), h.sec(j.status.startTime), j.status.active], [1200, 600, 1], 'replaced Job');
    const p = h.podsOf('cj-29453770')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, p.status.phase, p.spec.nodeName], [1200, 0, 'Pending', undefined], 'unbound pod deleted at once');
    h.eq(h.events({ reason: 'FailedScheduling', name: p.metadata.name }).length, 1, 'one FailedScheduling');
  },
};
