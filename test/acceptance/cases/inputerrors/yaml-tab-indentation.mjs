// A tab used for indentation is a YAML error (as go-yaml: "found character that cannot start any
// token"): exit 2 at the tab's line, nothing simulated, no stack trace.
export default {
  id: 'inputerrors/yaml-tab-indentation',
  source: 'YAML 1.1/1.2 (tabs are not indentation); CONTRACT.md §1 (exit 2, file:line:col)',
  exit: 2,
  scenario: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n\tname: x\n',
  check(r, h) {
    h.eq(r.stdout, '', 'stdout empty');
    const lines = r.stderr.split('\n').filter((l) => /\.yaml:\d+:\d+: /.test(l));
    h.eq(lines.length, 1, r.stderr);
    h.assert(/\.yaml:4:1: yaml: .*[Tt]ab/.test(lines[0]), lines[0]);
    h.assert(!/^\s+at /m.test(r.stderr), 'no stack trace');
  },
};
