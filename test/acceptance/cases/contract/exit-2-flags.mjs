// Contract §1: exit 2, nothing simulated (stdout empty), every problem reported, for bad flag values:
// a --seed that is not a number, a --duration that is not a duration, an unknown -o format.
export default {
  id: 'contract/exit-2-flags',
  source: 'CONTRACT.md §1 (exit 2: the input is invalid and nothing was simulated; every problem found)',
  exit: 2,
  args: ['--seed', 'abc', '--duration', '5x', '-o', 'yaml'],
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: ok}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox:1.36}]
      restartPolicy: Never
`,
  check(r, h) {
    h.eq(r.stdout, '', 'stdout empty');
    h.assert(/--seed/.test(r.stderr) && /"abc"/.test(r.stderr), `--seed reported: ${r.stderr}`);
    h.assert(/--duration/.test(r.stderr) && /"5x"/.test(r.stderr), `--duration reported: ${r.stderr}`);
    h.assert(/yaml/.test(r.stderr) && /(-o|--output)/.test(r.stderr), `-o reported: ${r.stderr}`);
    h.assert(!/^\s+at /m.test(r.stderr), 'no stack trace');
  },
};
