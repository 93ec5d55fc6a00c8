// spec.timeZone: "" , bad characters, unknown zone, Local.
export default {
  id: 'validation/cronjob-timezone',
  source: 'pkg/apis/batch/validation/validation.go validateTimeZone; reference cronjob-and-friends §1.1 spec.timeZone',
  exit: 2,
  scenario: [['e', '""'], ['sp', '"America/New York"'], ['mars', 'Mars/Phobos'], ['loc', 'Local'], ['dots', '"../etc"']].map(([n, z]) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${n}
spec:
  schedule: "0 0 * * *"
  timeZone: ${z}
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: Never
          containers: [{name: c, image: busybox}]
`).join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n');
    const want = [
      'CronJob default/e: spec.timeZone: Invalid value: "": timeZone must be nil or non-empty string',
      'CronJob default/sp: spec.timeZone: Invalid value: "America/New York": unknown time zone America/New York',
      'CronJob default/mars: spec.timeZone: Invalid value: "Mars/Phobos": unknown time zone Mars/Phobos',
      'CronJob default/loc: spec.timeZone: Invalid value: "Local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones',
      'CronJob default/dots: spec.timeZone: Invalid value: "../etc": unknown time zone ../etc',
    ];
    for (const m of want) h.assert(lines.some((l) => l.endsWith(m)), `missing: ${m}`);
    h.eq(lines.filter((l) => l.includes('CronJob default/')).length, want.length, 'one problem each');
  },
};
