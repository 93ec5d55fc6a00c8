// Africa/Monrovia was UTC-0:44:30 until 1972. A "0 0 * * *" CronJob in that zone runs at local midnight, 00:44:30 UTC:
// the Job name is the scheduled time's Unix minutes, truncated (89070 s -> 1484), the scheduled-timestamp annotation
// is Go's RFC 3339 in the zone, whose "Z07:00" drops the offset's seconds ("-00:44"), and lastScheduleTime is the
// exact slot in UTC. The requeue is 100 ms after the next local midnight.
const cj = `apiVersion: batch/v1
kind: CronJob
metadata: {name: mon}
spec:
  schedule: "0 0 * * *"
  timeZone: Africa/Monrovia
  jobTemplate:
    spec:
      template:
        spec:
          containers: [{name: c, image: foo/bar}]
          restartPolicy: Never
`;
export default {
  id: 'cronctl/lmt-monrovia-daily-name-and-annotation',
  source: 'kubernetes pkg/controller/cronjob/cronjob_controllerv2.go getJobName (getTimeHashInMinutes = Unix()/60), utils.go getJobFromTemplate2 (scheduledTime.In(timeZoneLocation).Format(time.RFC3339)); Go time.appendFormat stdISO8601ColonTZ (zone := offset/60 minutes); utils_test.go TestGetJobFromTemplate2 "correct timezone and multiple annotation"',
  scenario: `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
  start: "1970-01-01T12:00:00Z"
  duration: 2d
---
${cj}`,
  check(r, h) {
    const jobs = h.jobsOf('mon');
    h.eq(jobs.map((j) => [j.metadata.name, j.metadata.creationTimestamp, j.metadata.annotations['batch.kubernetes.io/cronjob-scheduled-timestamp']]), [
      ['mon-1484', '1970-01-02T00:44:30Z', '1970-01-02T00:00:00-00:44'],
      ['mon-2924', '1970-01-03T00:44:30Z', '1970-01-03T00:00:00-00:44'],
    ], 'Jobs');
    h.eq(h.cronjob('mon').status.lastScheduleTime, '1970-01-03T00:44:30Z', 'lastScheduleTime');
  },
};
