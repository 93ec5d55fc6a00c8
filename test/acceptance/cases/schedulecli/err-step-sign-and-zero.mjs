// A negative step and a zero step are errors with robfig's own text (exit 2, nothing on stdout).
import { spawnSync } from 'node:child_process';
const run = (...a) => spawnSync('node_modules/.bin/jobsim', ['schedule', ...a], { encoding: 'utf8' });
const sched = (...a) => {
  const p = run(...a);
  if (p.status !== 0) throw new Error(`jobsim schedule ${JSON.stringify(a)}: exit ${p.status}: ${p.stderr.trim()}`);
  return JSON.parse(p.stdout);
};
export default {
  id: 'schedulecli/err-step-sign-and-zero',
  source: "robfig/cron v3.0.1 parser.go getRange/mustParseInt (\"negative number (%d) not allowed\", \"step of range should be a positive number\")",
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
      const p = run("*/-5 * * * *");
      h.eq(p.status, 2, "exit 2 for */-5 * * * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("negative number (-5) not allowed: -5"), `robfig text ${"\"negative number (-5) not allowed: -5\""} for */-5 * * * *: ${p.stderr}`);
    }
    {
      const p = run("*/0 * * * *");
      h.eq(p.status, 2, "exit 2 for */0 * * * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("step of range should be a positive number: */0"), `robfig text ${"\"step of range should be a positive number: */0\""} for */0 * * * *: ${p.stderr}`);
    }
    {
      const p = run("0 0 1-31/0 * *");
      h.eq(p.status, 2, "exit 2 for 0 0 1-31/0 * *");
      h.eq(p.stdout, '', 'nothing on stdout');
      h.assert(p.stderr.includes("step of range should be a positive number: 1-31/0"), `robfig text ${"\"step of range should be a positive number: 1-31/0\""} for 0 0 1-31/0 * *: ${p.stderr}`);
    }
  },
};
