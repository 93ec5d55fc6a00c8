// TestValidateCronJob errorCases for spec.timeZone: leading/trailing spaces and " " fail the
// character rule (early return, "unknown time zone <tz>"); an unknown name fails LoadLocation;
// "LOCAL" fails the EqualFold("Local") rule and then LoadLocation.
const T = (name, tz) => `apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}
spec:
  schedule: "0 * * * *"
  timeZone: ${tz}
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{name: abc, image: image}]
`;
const cases = [
  ['prefix', '" Europe/Rome"', ['spec.timeZone: Invalid value: " Europe/Rome": unknown time zone  Europe/Rome']],
  ['suffix', '"Europe/Rome "', ['spec.timeZone: Invalid value: "Europe/Rome ": unknown time zone Europe/Rome ']],
  ['space', '" "', ['spec.timeZone: Invalid value: " ": unknown time zone  ']],
  ['badname', 'Europe/InvalidRome', ['spec.timeZone: Invalid value: "Europe/InvalidRome": unknown time zone Europe/InvalidRome']],
  ['upper-local', 'LOCAL', ['spec.timeZone: Invalid value: "LOCAL": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones', 'spec.timeZone: Invalid value: "LOCAL": unknown time zone LOCAL']],
  ['slashes', '"Europe//Rome"', ['spec.timeZone: Invalid value: "Europe//Rome": unknown time zone Europe//Rome']],
  ['longpart', 'America/Argentina_Buenos_Aires', ['spec.timeZone: Invalid value: "America/Argentina_Buenos_Aires": unknown time zone America/Argentina_Buenos_Aires']],
];
export default {
  id: 'validationtables/cronjob-timezone-table',
  source: 'pkg/apis/batch/validation/validation_test.go TestValidateCronJob errorCases (timeZoneBadPrefix, timeZoneBadSuffix, timeZoneEmptySpace, timeZoneBadName, timeZoneLocal="LOCAL"); validation.go validateTimeZone (validTimeZoneCharacters ^[A-Za-z.\\-_0-9+]{1,14}$ per part, early return)',
  exit: 2,
  scenario: cases.map(([n, tz]) => T(`tz-${n}`, tz)).join('---\n'),
  check(r, h) {
    const lines = r.stderr.split('\n');
    for (const [n, , want] of cases) {
      const mine = lines.filter((l) => l.includes(`CronJob default/tz-${n}: `));
      for (const m of want) h.assert(mine.some((l) => l.endsWith(`CronJob default/tz-${n}: ${m}`)), `tz-${n}: missing ${JSON.stringify(m)} in ${JSON.stringify(mine)}`);
      h.eq(mine.length, want.length, `tz-${n}: number of problems`);
      h.assert(mine.every((l) => /\.yaml:\d+:3: /.test(l)), `tz-${n}: at the timeZone key: ${mine.join(' | ')}`);
    }
  },
};
