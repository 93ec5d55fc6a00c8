// Names are three-letter month/day names in their own fields only: "monday", "jan" in the minute field and a name used as a step all fail Atoi.
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/err-names-only-where-allowed',
  source: "robfig/cron v3.0.1 parser.go parseIntOrName (names map per field, strings.ToLower), mustParseInt for steps",
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
      const p = run("0 0 * * monday");
      h.eq(p.status, 2, "exit 2 for 0 0 * * monday");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("failed to parse int from monday: strconv.Atoi: parsing \"monday\": invalid syntax"), `robfig text ${"\"failed to parse int from monday: strconv.Atoi: parsing \\\"monday\\\": invalid syntax\""} for 0 0 * * monday: ${p.stderr}`);
    }
    {
      const p = run("jan * * * *");
      h.eq(p.status, 2, "exit 2 for jan * * * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("failed to parse int from jan: strconv.Atoi: parsing \"jan\": invalid syntax"), `robfig text ${"\"failed to parse int from jan: strconv.Atoi: parsing \\\"jan\\\": invalid syntax\""} for jan * * * *: ${p.stderr}`);
    }
    {
      const p = run("0 0 * */jan *");
      h.eq(p.status, 2, "exit 2 for 0 0 * */jan *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("failed to parse int from jan: strconv.Atoi: parsing \"jan\": invalid syntax"), `robfig text ${"\"failed to parse int from jan: strconv.Atoi: parsing \\\"jan\\\": invalid syntax\""} for 0 0 * */jan *: ${p.stderr}`);
    }
  },
};
