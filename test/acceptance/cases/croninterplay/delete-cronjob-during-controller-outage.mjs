// A CronJob deleted while the CronJob controller is down: the garbage collector (not the CronJob controller) still
// collects its running Job and the pod at once (grace 30); the controller's restart finds nothing to do and no 00:20
// Job is ever created.
export default {
  id: 'croninterplay/delete-cronjob-during-controller-outage',
  source: 'garbagecollector (independent of kube-controller-manager cronjob controller); cronjob_controllerv2.go sync (lister NotFound: nil, nil)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: cj}
spec:
  duration: 40m
  faults:
  - {at: 12m, controllerDown: cronjob, for: 10m}
  timeline:
  - {at: 15m, delete: {kind: CronJob, name: cj}}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: "30m"}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.jobsOf('cj').map((j) => [j.metadata.name, h.sec(j.metadata.deletionTimestamp)]), [['cj-29453770', 900]], 'Job collected during the outage');
    const p = h.podsOf('cj-29453770')[0];
    h.eq([h.sec(p.metadata.deletionTimestamp), p.metadata.deletionGracePeriodSeconds, h.exitCodeOf(p)], [930, 30, 143], 'pod');
    h.eq(h.events({ kind: 'CronJob' }).map((e) => e.reason), ['SuccessfulCreate'], 'only the 00:10 create');
  },
};
