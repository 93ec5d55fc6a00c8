// The `jobsim run` command: outputs, flags, and invalid input (every problem at once, exit 2).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, runCommand, splitShortFlagValues } from '../../src/cli/main.ts';
import type { CliResult } from '../../src/cli/main.ts';

/** main() of a command that answers at once (only a parallel sweep answers later) */
function mainSync(argv: string[]): CliResult {
  const r = main(argv);
  if (r instanceof Promise) throw new Error(`jobsim ${argv.join(' ')} answered later`);
  return r;
}

const root = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'jobsim-cli-'));
function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

const pi = join(root, 'scenarios/pi.yaml');

describe('jobsim run', () => {
  it('-o json follows the contract: apiVersion, kind, spec, items sorted, events, metrics, counts', () => {
    const r = runCommand([pi, '-o', 'json']);
    expect(r.code).toBe(0);
    const res = JSON.parse(r.stdout);
    expect(res).toMatchObject({ apiVersion: 'jobsim/v1alpha1', kind: 'SimulationResult', metadata: { name: 'simulation' }, spec: { seed: 1, start: '2026-01-01T00:00:00Z' } });
    expect(Object.keys(res)).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'items', 'events', 'metrics', 'counts']);
    expect(res.items.map((o: { kind: string }) => o.kind)).toEqual(['Job', 'Node', 'Node', 'Node', 'Pod']);
    expect(res.counts).toEqual({ CronJob: 0, Job: 1, Pod: 1, Node: 3, Event: 6 });
    const pod = res.items.find((o: { kind: string }) => o.kind === 'Pod');
    expect(pod.status.phase).toBe('Succeeded');
    expect(pod.status.containerStatuses[0].state.terminated).toMatchObject({ exitCode: 0, reason: 'Completed', startedAt: '2026-01-01T00:00:00Z', finishedAt: '2026-01-01T00:00:10Z' });
    expect(res.events[0]).toMatchObject({ type: 'Normal', reason: 'SuccessfulCreate', count: 1, source: { component: 'job-controller' }, involvedObject: { kind: 'Job', name: 'pi-calculator' } });
  });

  it('-o summary drops items and events, keeps metrics and counts', () => {
    const res = JSON.parse(runCommand([pi, '-o', 'summary']).stdout);
    expect(res.items).toBeUndefined();
    expect(res.events).toBeUndefined();
    expect(res.counts.Pod).toBe(1);
    expect(res.metrics.jobs.complete).toBe(1);
  });

  it('text output has kubectl tables, the condition timeline, the event log and metrics', () => {
    const out = runCommand([pi]).stdout;
    expect(out).toMatch(/NAME\s+STATUS\s+COMPLETIONS\s+DURATION\s+AGE/);
    expect(out).toMatch(/job\.batch\/pi-calculator\s+Complete\s+1\/1\s+11s/);
    expect(out).toMatch(/pod\/pi-calculator-\w{5}\s+0\/1\s+Completed\s+0/);
    expect(out).toMatch(/\+00:00:11\s+job\/pi-calculator\s+Complete=True\s+CompletionsReached/);
    expect(out).toMatch(/\+00:00:11\s+Normal\s+Completed\s+job\/pi-calculator\s+job-controller\s+Job completed/);
    expect(out).toContain('Metrics:');
  });

  it('--seed and --duration override the file; --trace streams JSON lines', () => {
    const trace = join(dir, 'trace.jsonl');
    const res = JSON.parse(runCommand([pi, '-o', 'json', '--seed', '9', '--duration', '5s', '--trace', trace]).stdout);
    expect(res.spec).toMatchObject({ seed: 9, end: '2026-01-01T00:00:05Z', endedBy: 'duration' });
    const lines = readFileSync(trace, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.some((l) => l.type === 'event' && l.event.reason === 'Scheduled')).toBe(true);
    expect(lines.some((l) => l.type === 'object' && l.op === 'ADDED' && l.kind === 'Pod')).toBe(true);
    // every timestamp in the stream is RFC 3339 already when it is written (nodes included)
    const node = lines.find((l) => l.type === 'object' && l.op === 'ADDED' && l.kind === 'Node');
    expect(node.object.status.conditions[0]).toMatchObject({ lastHeartbeatTime: '2026-01-01T00:00:00Z', lastTransitionTime: '2026-01-01T00:00:00Z' });
  });

  it('-o=json is -o json, as kubectl reads it (pflag); arguments after -- are left alone', () => {
    expect(mainSync(['run', pi, '-o=json']).stdout).toBe(mainSync(['run', pi, '-o', 'json']).stdout);
    expect(splitShortFlagValues(['run', '-o=json', '--', '-o=x'])).toEqual(['run', '-o', 'json', '--', '-o=x']);
  });

  it('--record then --expect: equal runs pass, a changed seed prints the first divergence', () => {
    const golden = join(dir, 'pi.golden');
    expect(runCommand([pi, '-o', 'summary', '--record', golden]).code).toBe(0);
    expect(runCommand([pi, '-o', 'summary', '--expect', golden]).code).toBe(0);
    const r = runCommand([pi, '-o', 'summary', '--expect', golden, '--seed', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/differs from .*pi\.golden:\nfirst divergence at line 1:/);
  });

  it('--check runs the invariant checkers (quiet on a correct run)', () => {
    const r = runCommand([join(root, 'scenarios/tour.yaml'), '--check', '-o', 'summary']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });

  it('invalid input: every problem with file:line:col, exit 2, nothing on stdout, no stack trace', () => {
    const bad = file(
      'bad.yaml',
      `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: bad }
spec:
  duration: 5 minutes
---
apiVersion: batch/v1
kind: Job
metadata:
  name: x
spec:
  parallelism: -1
  parallelizm: 3
  template:
    spec:
      containers:
      - name: c
        image: busybox
      restartPolicy: Never
`,
    );
    const r = runCommand([bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:5:\\d+: Simulation bad: spec.duration: `));
    expect(r.stderr).toMatch(/:12:\d+: Job default\/x: spec\.parallelism: Invalid value: -1: must be greater than or equal to 0/);
    expect(r.stderr).toMatch(/:13:\d+: Job default\/x: spec\.parallelizm: .*unknown field "spec\.parallelizm"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('broken YAML is reported with its line', () => {
    const r = runCommand([file('broken.yaml', 'apiVersion: batch/v1\nkind: Job\nmetadata: { name: [oops\n')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/broken\.yaml:\d+:\d+: /);
  });

  it('stdin read twice, or a trace to "-", are input errors', () => {
    const twice = runCommand(['-', '-']);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('standard input (-) can be read only once');
    const trace = runCommand([pi, '--trace', '-']);
    expect(trace.code).toBe(2);
    expect(trace.stderr).toContain('--trace: the trace needs a file path');
  });

  it('bad flags and missing files are input errors too', () => {
    expect(runCommand([pi, '--duration', 'soon']).code).toBe(2);
    expect(runCommand([pi, '-o', 'yaml']).stderr).toMatch(/unsupported output "yaml"/);
    expect(runCommand([join(dir, 'missing.yaml')]).stderr).toMatch(/missing\.yaml: no such file/);
  });

  it('--help describes every flag', () => {
    const help = mainSync(['run', '--help']).stdout;
    for (const flag of ['--seed', '--duration', '--output', '--trace', '--svg', '--check', '--expect', '--record', '--max-events']) expect(help).toContain(flag);
    expect(mainSync(['--help']).stdout).toMatch(/jobsim run FILE/);
    expect(mainSync(['help', 'check']).stdout).toMatch(/--runs N/);
    expect(mainSync(['frobnicate']).code).toBe(2);
  });

  it('--svg draws the run into a file, beside any output (-o summary too), and refuses standard output', () => {
    const out = join(dir, 'pi.svg');
    const r = runCommand([pi, '-o', 'summary', '--svg', out]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).items).toBeUndefined();
    const svg = readFileSync(out, 'utf8');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('<title>Job default/pi-calculator: created +00:00:00, Complete (CompletionsReached) at +00:00:11; succeeded 1, failed 0');
    const bad = runCommand([pi, '--svg', '-']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('<flags>: --svg: the picture needs a file path (standard output carries the report)');
    expect(runCommand([pi, '--svg', join(dir, 'no/such/dir.svg')]).stderr).toMatch(/dir\.svg: cannot write the picture: ENOENT/);
  });

  it('the installed bin exits with the right status (2 on invalid input, 0 on a run)', () => {
    const bin = join(root, 'node_modules/.bin/jobsim');
    const bad = spawnSync(bin, ['run', file('typo.yaml', 'apiVersion: batch/v1\nkind: Jobb\nmetadata: { name: x }\n')], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/typo\.yaml:2:\d+: .*Jobb/);
    const ok = execFileSync(bin, ['run', pi, '-o', 'summary'], { encoding: 'utf8' });
    expect(JSON.parse(ok).kind).toBe('SimulationResult');
  });
});

describe('jobsim check', () => {
  it('finds the broken policy, shrinks it, writes a counterexample that replays (exit 1)', () => {
    const src = readFileSync(join(root, 'scenarios/check-broken-policy.yaml'), 'utf8');
    const f = file('policy.yaml', src);
    const r = mainSync(['check', f, '--runs', '200']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Property broken in world \d+ of 200 \(seed \d+\):\n  job default\/etl: maxFailed 3/);
    expect(r.stdout).toContain(`Replay: jobsim run ${join(dir, 'policy.counterexample.yaml')}`);
    const ce = readFileSync(join(dir, 'policy.counterexample.yaml'), 'utf8');
    expect(ce).toMatch(/nodeDown: worker-\d/);
    expect(ce.split('\n').length).toBeLessThan(60);
    const replay = JSON.parse(runCommand([join(dir, 'policy.counterexample.yaml'), '-o', 'json']).stdout);
    const etl = replay.items.find((o: { kind: string; metadata: { name: string } }) => o.kind === 'Job' && o.metadata.name === 'etl');
    expect(etl.status.failed).toBeGreaterThan(3);
    expect(mainSync(['check', join(dir, 'policy.counterexample.yaml'), '--runs', '1']).code).toBe(1);
  });

  it('a scenario read from stdin writes stdin.counterexample.yaml in the working directory', () => {
    const src = readFileSync(join(root, 'scenarios/check-broken-policy.yaml'), 'utf8');
    const cwd = mkdtempSync(join(tmpdir(), 'jobsim-stdin-'));
    const r = spawnSync(join(root, 'node_modules/.bin/jobsim'), ['check', '-', '--runs', '200'], { input: src, cwd, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Replay: jobsim run stdin.counterexample.yaml');
    expect(readFileSync(join(cwd, 'stdin.counterexample.yaml'), 'utf8')).toMatch(/nodeDown: worker-\d/);
  });

  it('check.faults.drainNode: worlds with drains find a Job whose backoffLimit a drain breaks; the counterexample keeps the drain', () => {
    const src = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: drains }
spec:
  cluster:
    nodePools:
    - { name: w, count: 2, capacity: { cpu: "4", memory: 8Gi, pods: 110 } }
  check:
    runs: 50
    faults:
      drainNode: { max: 1, for: [1m, 10m] }
    properties:
    - { job: etl, maxFailed: 0 }
---
apiVersion: batch/v1
kind: Job
metadata: { name: etl }
spec:
  completions: 4
  parallelism: 4
  template:
    metadata: { annotations: { jobsim/duration: 30m } }
    spec:
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
`;
    const f = file('drains.yaml', src);
    const r = mainSync(['check', f]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/job default\/etl: maxFailed 0/);
    const ce = readFileSync(join(dir, 'drains.counterexample.yaml'), 'utf8');
    expect(ce).toMatch(/drainNode: w-[12]/);
    // the same Job with a podFailurePolicy that ignores evictions survives every drain
    const ignore = file('drains-ok.yaml', src.replace('  completions: 4', '  podFailurePolicy:\n    rules:\n    - { action: Ignore, onPodConditions: [{ type: DisruptionTarget }] }\n  completions: 4'));
    expect(mainSync(['check', ignore]).code).toBe(0);
  });

  it('exit 0 when every property holds, 2 without properties', () => {
    const ok = file('ok.yaml', readFileSync(join(root, 'scenarios/check-broken-policy.yaml'), 'utf8').replace('maxFailed: 3', 'maxFailed: 100').replace('runs: 200', 'runs: 5'));
    expect(mainSync(['check', ok]).code).toBe(0);
    expect(mainSync(['check', pi]).code).toBe(2);
  });
});

describe('API server warnings on stderr (accepted input)', () => {
  it('a negative terminationGracePeriodSeconds runs, with the warning at its line', () => {
    const f = join(dir, 'neg-grace.yaml');
    writeFileSync(
      f,
      'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: g\nspec:\n  template:\n    spec:\n      terminationGracePeriodSeconds: -5\n      restartPolicy: Never\n      containers: [{ name: c, image: busybox }]\n',
    );
    const r = runCommand([f, '-o', 'summary']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`warning: ${f}:8:7: Job default/g: spec.template.spec.terminationGracePeriodSeconds: must be >= 0; negative values are invalid and will be treated as 1\n`);
  });

  it('a patch the run finds invalid (the Job had started) is refused with a warning, and the run goes on', () => {
    const f = join(dir, 'started.yaml');
    writeFileSync(
      f,
      [
        'apiVersion: jobsim/v1alpha1',
        'kind: Simulation',
        'metadata: { name: s }',
        'spec:',
        '  duration: 1h',
        // an outage somewhere: the loader cannot tell whether the Job has started by 2m
        '  faults: [{ at: 50m, controllerDown: job, for: 1m }]',
        '  timeline:',
        '  - { at: 1m, patch: { kind: Job, name: j, spec: { suspend: true } } }',
        '  - { at: 2m, patch: { kind: Job, name: j, spec: { template: { spec: { nodeSelector: { pool: x } } } } } }',
        '---',
        'apiVersion: batch/v1',
        'kind: Job',
        'metadata: { name: j }',
        'spec:',
        '  template:',
        '    spec:',
        '      restartPolicy: Never',
        '      containers: [{ name: c, image: busybox }]',
        '',
      ].join('\n'),
    );
    const r = runCommand([f, '-o', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('warning: 2026-01-01T00:02:00Z: timeline patch: The Job "j" is invalid: spec.template: Invalid value: "object": field is immutable; not applied\n');
    const job = JSON.parse(r.stdout).items.find((o: { kind: string }) => o.kind === 'Job');
    expect(job.spec.template.spec.nodeSelector).toBeUndefined();
    expect(job.metadata.generation).toBe(2);
  });

  it('faults and timeline actions after the end of the run are named, not dropped silently', () => {
    const f = join(dir, 'late.yaml');
    writeFileSync(
      f,
      'apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: {name: late}\nspec:\n  duration: 10m\n  faults:\n  - {at: 5m, nodeDown: node-1, for: 1m}\n  - {at: 2h, nodeDown: node-2}\n  timeline:\n  - {at: 1h, create: {apiVersion: batch/v1, kind: Job, metadata: {name: j}, spec: {template: {spec: {restartPolicy: Never, containers: [{name: c, image: busybox}]}}}}}\n',
    );
    const r = runCommand([f, '-o', 'summary']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('warning: spec.faults[1] at +2h is after the end of the run (+10m): it never happens\nwarning: 1 timeline action(s) fall after the end of the run (+10m): they never happen\n');
  });
});
