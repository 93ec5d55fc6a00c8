// The 00:30 Job's pod runs on w-2, whose Node object is deleted at 00:35. After the pod GC's 40s quarantine the pod
// is marked Failed with DisruptionTarget/DeletionByPodGC ("PodGC: node no longer exists") and force-deleted (grace 0),
// so nothing stays terminating: the Job counts one failure, its replacement (10s pod-failure backoff, measured from
// the deletion) runs on w-1 and the Job completes right after it; the CronJob sees Complete before 01:00, so the
// 01:00 slot runs on time despite Forbid.
export default {
  id: 'croninterplay/node-deleted-under-cronjob-job',
  source: 'podgc gc_controller.go gcOrphaned (quarantine 40s, DeletionByPodGC, force delete); job_controller.go getFinishedTime (deletionTimestamp fallback), backoff 10s; cronjob_controllerv2.go syncCronJob',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 70m
  cluster:
    nodePools:
    - {name: w, count: 2, capacity: {cpu: "4", memory: 16Gi, pods: 110}}
  faults:
  - {at: 35m, deleteNode: w-2}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/30 * * * *"
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "20m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    const [p1, p2] = h.podsOf('cj-29453790');
    h.eq([p1.spec.nodeName, p1.status.phase, p1.metadata.deletionGracePeriodSeconds], ['w-2', 'Failed', 0], 'orphaned pod failed and force-deleted');
    const dt = h.hasCond(p1, 'DisruptionTarget', 'DeletionByPodGC');
    h.eq(dt.message, 'PodGC: node no longer exists', 'message');
    const gone = h.sec(p1.metadata.deletionTimestamp);
    h.assert(gone >= 2140 && gone <= 2160, `pod GC after the 40s quarantine (${gone})`);
    h.eq([p2.spec.nodeName, h.sec(p2.metadata.creationTimestamp)], ['w-1', gone + 10], 'replacement 10s after the failure');
    const j = h.job('cj-29453790');
    h.eq([j.status.failed, j.status.succeeded], [1, 1], 'counts');
    const done = h.sec(h.hasCond(j, 'Complete').lastTransitionTime);
    h.eq(done, gone + 10 + 1200 + 1, 'Complete 1s after the replacement finished');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => [h.sec(e.firstTimestamp), e.reason]), [[1800, 'SuccessfulCreate'], [done, 'SawCompletedJob'], [3600, 'SuccessfulCreate']], 'CronJob events: 01:00 on time');
    h.eq(h.cronjob('cj').status.lastSuccessfulTime, h.job('cj-29453790').status.completionTime, 'lastSuccessfulTime');
  },
};
