// Four fields; "@every" without a duration; "@daily " with a trailing space (descriptors are matched exactly); "@every  1h" (the duration keeps the extra space); "1d" is not a Go duration; a lowercase tz= prefix is not a prefix, so it is a sixth field.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/err-field-count-and-descriptors',
  source: "robfig/cron v3.0.1 parser.go normalizeFields (\"expected exactly 5 fields\"), parseDescriptor (exact switch, \"@every \" prefix, time.ParseDuration), Parse (TZ=/CRON_TZ= prefixes are case-sensitive)",
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: noop}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`,
  check(r, h) {
    {
      const p = run("0 0 * *");
      h.eq(p.status, 2, "exit 2 for 0 0 * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("expected exactly 5 fields, found 4: [0 0 * *]"), `robfig text ${"\"expected exactly 5 fields, found 4: [0 0 * *]\""} for 0 0 * *: ${p.stderr}`);
    }
    {
      const p = run("@every");
      h.eq(p.status, 2, "exit 2 for @every");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("unrecognized descriptor: @every"), `robfig text ${"\"unrecognized descriptor: @every\""} for @every: ${p.stderr}`);
    }
    {
      const p = run("@daily ");
      h.eq(p.status, 2, "exit 2 for @daily ");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("unrecognized descriptor: @daily"), `robfig text ${"\"unrecognized descriptor: @daily\""} for @daily : ${p.stderr}`);
    }
    {
      const p = run("@every  1h");
      h.eq(p.status, 2, "exit 2 for @every  1h");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("failed to parse duration @every  1h: time: invalid duration \" 1h\""), `robfig text ${"\"failed to parse duration @every  1h: time: invalid duration \\\" 1h\\\"\""} for @every  1h: ${p.stderr}`);
    }
    {
      const p = run("@every 1d");
      h.eq(p.status, 2, "exit 2 for @every 1d");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("failed to parse duration @every 1d: time: unknown unit \"d\" in duration \"1d\""), `robfig text ${"\"failed to parse duration @every 1d: time: unknown unit \\\"d\\\" in duration \\\"1d\\\"\""} for @every 1d: ${p.stderr}`);
    }
    {
      const p = run("tz=UTC 0 0 * * *");
      h.eq(p.status, 2, "exit 2 for tz=UTC 0 0 * * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("expected exactly 5 fields, found 6: [tz=UTC 0 0 * * *]"), `robfig text ${"\"expected exactly 5 fields, found 6: [tz=UTC 0 0 * * *]\""} for tz=UTC 0 0 * * *: ${p.stderr}`);
    }
  },
};
