// status.active is matched to listed Jobs by uid, stale refs are checked by name. The 10:00 Job (uid A) is deleted
// during a CronJob-controller outage and a Job of the same name that names the CronJob as its controller (uid C) is
// created by hand. Back at 10:40: C is listed, unfinished and not in status.active by uid -> Warning UnexpectedJob
// with its name; the ref with uid A has no listed Job but the GET by name finds C, so it is kept as it is.
export default {
  id: 'cronctl/stale-ref-owned-same-name-unexpected',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go syncCronJob (inActiveList by UID -> UnexpectedJob; stale refs: childrenJobs[j.UID], then GetJob(j.Namespace, j.Name), "found in api-server" -> kept); utils.go inActiveList; TestControllerV2SyncCronJob rows "this started but went missing" and "this started but is not present in cronjob active list"',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "2016-05-19T09:30:00Z"
  duration: 1h15m
  faults:
  - { at: 40m, controllerDown: cronjob, for: 30m }
  timeline:
  - { at: 50m, delete: { kind: Job, name: mycronjob-24394200 } }
  - { at: 51m, create: { apiVersion: batch/v1, kind: Job, metadata: { name: mycronjob-24394200, ownerReferences: [{apiVersion: batch/v1, kind: CronJob, name: mycronjob, uid: 0a4f9774-99a1-4640-8a82-5b7c27d7da87, controller: true}] }, spec: { template: { metadata: { annotations: { jobsim/duration: 3h } }, spec: { restartPolicy: Never, containers: [{ name: c, image: foo/bar }] } } } } }
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: mycronjob}
spec:
  schedule: "0 * * * *"
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 2h}}
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`,
  check(r, h) {
    h.eq(h.cronjob('mycronjob').metadata.uid, '0a4f9774-99a1-4640-8a82-5b7c27d7da87', 'seeded CronJob uid (scenario precondition)');
    const ev = h.events({ kind: 'CronJob' }).map((e) => [e.firstTimestamp, e.type, e.reason, e.message]);
    h.eq(ev[0], ['2016-05-19T10:00:00Z', 'Normal', 'SuccessfulCreate', 'Created job mycronjob-24394200'], 'first Job');
    h.eq(ev.slice(1).every((e) => e[2] === 'UnexpectedJob' && e[3] === 'Saw a job that the controller did not create or forgot: mycronjob-24394200'), true, 'then only UnexpectedJob: ' + JSON.stringify(ev));
    h.eq(ev[1][0], '2016-05-19T10:40:00Z', 'first UnexpectedJob at the restart');
    const jobs = h.of('Job').filter((j) => j.metadata.name === 'mycronjob-24394200');
    const orig = jobs.find((j) => j.metadata.deletionTimestamp), hand = jobs.find((j) => !j.metadata.deletionTimestamp);
    const active = h.cronjob('mycronjob').status.active ?? [];
    h.eq(active.map((a) => [a.name, a.uid]), [['mycronjob-24394200', orig.metadata.uid]], 'the stale ref (uid of the deleted Job) is kept');
    h.assert(hand && hand.metadata.uid !== orig.metadata.uid, 'the hand-made Job has another uid');
  },
};
