// Too many "-" or "/" in one range item, and a dangling or leading "-" (Atoi of an empty string).
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/err-hyphens-slashes',
  source: "robfig/cron v3.0.1 parser.go getRange (\"too many hyphens\", \"too many slashes\"; strings.Split then Atoi(\"\"))",
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
      const p = run("1-2-3 * * * *");
      h.eq(p.status, 2, "exit 2 for 1-2-3 * * * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("too many hyphens: 1-2-3"), `robfig text ${"\"too many hyphens: 1-2-3\""} for 1-2-3 * * * *: ${p.stderr}`);
    }
    {
      const p = run("*/2/3 * * * *");
      h.eq(p.status, 2, "exit 2 for */2/3 * * * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("too many slashes: */2/3"), `robfig text ${"\"too many slashes: */2/3\""} for */2/3 * * * *: ${p.stderr}`);
    }
    {
      const p = run("--", "-5 * * * *");
      h.eq(p.status, 2, "exit 2 for -5 * * * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("failed to parse int from : strconv.Atoi: parsing \"\": invalid syntax"), `robfig text ${"\"failed to parse int from : strconv.Atoi: parsing \\\"\\\": invalid syntax\""} for -5 * * * *: ${p.stderr}`);
    }
    {
      const p = run("5- * * * *");
      h.eq(p.status, 2, "exit 2 for 5- * * * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("failed to parse int from : strconv.Atoi: parsing \"\": invalid syntax"), `robfig text ${"\"failed to parse int from : strconv.Atoi: parsing \\\"\\\": invalid syntax\""} for 5- * * * *: ${p.stderr}`);
    }
  },
};
