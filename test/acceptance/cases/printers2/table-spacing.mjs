// kubectl prints tables through text/tabwriter (minwidth 6, padding 3, pad ' '), cells joined by tabs and the last
// cell of a row not padded: every column is as wide as its widest cell plus 3 spaces (at least 6), and no line has
// trailing blanks. Checked on the pod and job tables of a small run (an empty DURATION cell still takes its column).
import { runText } from '../../text-tables.mjs';

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: a-rather-long-job-name}
spec:
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: s}
spec:
  suspend: true
  template:
    spec:
      containers: [{name: main, image: "registry.example.com/tool:1"}]
      restartPolicy: Never
`;
function tabwriter(rows) {
  const widths = [];
  for (const r of rows) r.forEach((c, i) => { if (i < r.length - 1) widths[i] = Math.max(widths[i] ?? 6, c.length + 3); });
  return rows.map((r) => r.map((c, i) => (i < r.length - 1 ? c.padEnd(widths[i]) : c)).join('')).join('\n');
}
export default {
  id: 'printers2/table-spacing',
  source: 'k8s.io/cli-runtime/pkg/printers tabwriter.go GetNewTabWriter (minwidth 6, width 4, padding 3); kubectl HumanReadablePrinter printRows (cells joined by \\t)',
  args: ['--duration', '1m'],
  scenario,
  check(r, h) {
    const out = runText(scenario, ['--duration', '1m']);
    const lines = out.split('\n');
    const jobStart = lines.findIndex((l) => l.startsWith('NAME ') && l.includes('COMPLETIONS'));
    const jobLines = lines.slice(jobStart, jobStart + 3);
    const a = h.job('a-rather-long-job-name'), s = h.job('s');
    const jobRows = [
      ['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR'],
      ['job.batch/a-rather-long-job-name', 'Complete', '1/1', '11s', '60s', 'c', 'busybox', `batch.kubernetes.io/controller-uid=${a.metadata.uid}`],
      ['job.batch/s', 'Suspended', '0/1', '', '60s', 'main', 'registry.example.com/tool:1', `batch.kubernetes.io/controller-uid=${s.metadata.uid}`],
    ];
    h.eq(jobLines.join('\n'), tabwriter(jobRows), 'job table bytes');
    const pod = h.podsOf('a-rather-long-job-name')[0];
    const podStart = lines.findIndex((l) => l.startsWith('NAME ') && l.includes('READY'));
    h.eq(lines.slice(podStart, podStart + 2).join('\n'), tabwriter([
      ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
      [`pod/${pod.metadata.name}`, '0/1', 'Completed', '0', '60s', '<none>', pod.spec.nodeName, '<none>', '<none>'],
    ]), 'pod table bytes');
    h.eq(lines[podStart + 2], '', 'blank line after the pod table');
    h.eq(lines[jobStart + 3], '', 'blank line between the tables');
  },
};
