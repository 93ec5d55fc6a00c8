// successfulJobsHistoryLimit 1, a Job every 10 min for 35 min: the CronJob controller deletes the older
// finished Jobs (background): DELETED Job lines at 21m01s and 31m01s (when the newer Job completes), each followed by its pod's DELETED at the same
// second, with a SuccessfulDelete event; the remaining Job is in items.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
const bin = () => join(process.cwd(), 'node_modules/.bin/jobsim');
// runs the scenario again with --trace; returns the result, the trace text and its parsed lines
function traced(scenario, args = [], output = 'json') {
  const dir = mkdtempSync(join(tmpdir(), 'trace-'));
  const f = join(dir, 's.yaml'), t = join(dir, 't.jsonl');
  writeFileSync(f, scenario);
  const p = spawnSync(bin(), ['run', f, '-o', output, '--trace', t, ...args], { encoding: 'utf8' });
  if (p.status !== 0) throw new Error(`exit ${p.status}: ${(p.stderr || '').slice(0, 200)}`);
  const text = readFileSync(t, 'utf8');
  const lines = text.trimEnd().split('\n').map((l) => JSON.parse(l));
  return { r: output === 'text' ? p.stdout : JSON.parse(p.stdout), stdout: p.stdout, text, lines, dir, f };
}
const objs = (lines, kind, name) => lines.filter((l) => l.type === 'object' && (!kind || l.kind === kind) && (!name || l.name === name || (name instanceof RegExp && name.test(l.name))));
const rvOf = (l) => Number(l.object.metadata.resourceVersion);
const canon = (x) => JSON.stringify(x, (k, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((key) => [key, v[key]])) : v));
const scenario = "apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: t}\nspec:\n  duration: 35m\n---\napiVersion: batch/v1\nkind: CronJob\nmetadata: {name: cj}\nspec:\n  schedule: \"*/10 * * * *\"\n  successfulJobsHistoryLimit: 1\n  jobTemplate:\n    spec:\n      template:\n        metadata: {annotations: {jobsim/duration: 1m}}\n        spec:\n          containers: [{name: c, image: busybox:1.36}]\n          restartPolicy: Never\n";
export default {
  id: "trace/cronjob-history-delete-lines",
  source: "pkg/controller/cronjob/cronjob_controllerv2.go cleanupFinishedJobs/removeOldestJobs (deleteJob: SuccessfulDelete \"Deleted job %v\"), garbage collector background",
  scenario,
  check(r, h) {
    const { r: res, lines } = traced(scenario);
    const del = objs(lines, 'Job').filter((l) => l.op === 'DELETED');
    h.eq(del.map((l) => [l.t, l.name]), [['2026-01-01T00:21:01Z', 'cj-29453770'], ['2026-01-01T00:31:01Z', 'cj-29453780']], 'Job deletions');
    for (const d of del) {
      h.assert(lines.some((l) => l.type === 'event' && l.event.reason === 'SuccessfulDelete' && l.event.message === `Deleted job ${d.name}` && l.t === d.t), `SuccessfulDelete for ${d.name}`);
      h.assert(objs(lines, 'Pod').some((l) => l.op === 'DELETED' && l.name.startsWith(d.name + '-') && l.t === d.t), `its pod deleted at ${d.t}`);
    }
  },
};
