// SELECTOR (wide) is metav1.FormatLabelSelector: requirements sorted by key (matchLabels before expressions of
// the same key), "k=v", "k in (a,b)" / "k notin (a,b)" with sorted values, "k" for Exists, "!k" for DoesNotExist;
// CONTAINERS and IMAGES are the template's names and images joined by commas (layoutContainerCells).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

// Runs the scenario again with `jobsim run FILE -o text` and returns its stdout.
function runText(scenario, args = []) {
  const dir = mkdtempSync(join(tmpdir(), 'printers-'));
  const file = join(dir, 'scenario.yaml');
  writeFileSync(file, scenario);
  const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', file, ...args, '-o', 'text'], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`jobsim run -o text exited ${out.status}: ${(out.stderr || '').split('\n')[0]}`);
  return out.stdout;
}

// The kubectl table whose NAME cells start with `kind/` (cronjob.batch, job.batch, pod), as
// { header, rows }: each row an object keyed by column header, cells cut at the header's column starts.
function tableOf(stdout, kind) {
  const lines = stdout.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i];
    if (!/^(NAME|NAMESPACE)\s/.test(header)) continue;
    const starts = [];
    for (let p = 0; p < header.length; p++) if (header[p] !== ' ' && (p === 0 || header.slice(Math.max(0, p - 2), p) === '  ')) starts.push(p);
    const names = starts.map((s, k) => header.slice(s, starts[k + 1]).trim());
    const cut = (l) => Object.fromEntries(names.map((n, k) => [n, l.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : undefined).trim()]));
    const rows = [];
    for (let j = i + 1; j < lines.length && lines[j].trim() !== ''; j++) rows.push(cut(lines[j]));
    if (rows.length && rows[0].NAME.startsWith(`${kind}/`)) return { header: names, rows };
  }
  return { header: [], rows: [] };
}

function rowOf(table, name, what) {
  const r = table.rows.find((x) => x.NAME === name);
  if (!r) throw new Error(`no row ${name} in the ${what ?? 'kubectl'} table (rows: ${table.rows.map((x) => x.NAME).join(', ')})`);
  return r;
}

// k8s.io/apimachinery/pkg/util/duration.HumanDuration, for deriving expectations from the JSON result.
function humanDuration(ms) {
  const s = Math.floor(ms / 1000);
  if (s < -1) return '<invalid>';
  if (s < 0) return '0s';
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
  if (h < 48) return `${h}h`;
  if (h < 192) return h % 24 === 0 ? `${h / 24}d` : `${Math.floor(h / 24)}d${h % 24}h`;
  if (h < 24 * 365 * 2) return `${Math.floor(h / 24)}d`;
  if (h < 24 * 365 * 8) { const dy = Math.floor(h / 24) % 365; return dy === 0 ? `${Math.floor(h / 24 / 365)}y` : `${Math.floor(h / 24 / 365)}y${dy}d`; }
  return `${Math.floor(h / 24 / 365)}y`;
}

const scenario = `
apiVersion: batch/v1
kind: Job
metadata: {name: manual}
spec:
  manualSelector: true
  selector:
    matchLabels: {zone: b, app: etl}
    matchExpressions:
      - {key: tier, operator: In, values: [web, batch]}
      - {key: canary, operator: DoesNotExist}
      - {key: app, operator: Exists}
      - {key: env, operator: NotIn, values: [prod, dev]}
  template:
    metadata: {labels: {app: etl, zone: b, tier: batch}}
    spec:
      containers: [{name: main, image: "registry.example.com/etl:2.1"}, {name: sidecar, image: "busybox:1.36"}]
      restartPolicy: Never
---
apiVersion: batch/v1
kind: Job
metadata: {name: auto}
spec:
  template:
    spec:
      containers: [{name: only, image: "busybox:1.36"}]
      restartPolicy: Never
`;
export default {
  id: 'printers/job-selector-manual',
  source: 'pkg/printers/internalversion/printers.go printJob wide cells (layoutContainerCells, metav1.FormatLabelSelector); apimachinery labels Requirement.String, selector sorted ByKey',
  args: ['--duration', '1m'],
  scenario,
  check(r, h) {
    const t = tableOf(runText(scenario, ['--duration', '1m']), 'job.batch');
    h.eq(t.header, ['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR'], 'job table header');
    const m = rowOf(t, 'job.batch/manual');
    h.eq([m.CONTAINERS, m.IMAGES, m.SELECTOR], ['main,sidecar', 'registry.example.com/etl:2.1,busybox:1.36', 'app=etl,app,!canary,env notin (dev,prod),tier in (batch,web),zone=b'], 'manual row wide cells');
    const a = rowOf(t, 'job.batch/auto');
    h.eq(a.SELECTOR, `batch.kubernetes.io/controller-uid=${h.job('auto').metadata.uid}`, 'auto selector (the generated controller-uid label)');
  },
};
