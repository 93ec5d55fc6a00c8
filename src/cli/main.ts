// jobsim's command line: argv → load → run → print → exit code.
// Exit status: 0 the simulation ran, 1 internal error (or a broken property for `check`), 2 invalid input.

import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDurationMs } from '../core/time.ts';
import { buildResult } from '../report/result.ts';
import { renderText } from '../report/text.ts';
import { renderSvg } from '../report/svg.ts';
import { formatIssue, loadScenario } from '../scenario/load.ts';
import type { Issue } from '../scenario/types.ts';
import { Simulation } from '../sim/simulation.ts';
import { runScheduleCommand } from './schedule.ts';
import { readInputs } from './inputs.ts';
import { runCheckCommand, checkHelp } from './check.ts';
import { runSweepCommand, sweepHelp } from './sweep.ts';
import { firstDivergence, goldenTrace } from '../report/golden.ts';
import { InvariantChecker, endOfInstantHook } from '../sim/invariants.ts';

const mainHelp = `jobsim: a deterministic simulator of the Kubernetes batch controllers

Usage:
  jobsim run FILE... [flags]        simulate the scenario made of all documents in FILE... ('-' reads stdin)
  jobsim schedule "EXPR" [flags]    print the next times a CronJob schedule fires
  jobsim check FILE... [flags]      explore seeded worlds and check the scenario's properties
  jobsim sweep FILE... [flags]      run the scenario at several node-pool sizes and seeds
  jobsim help [COMMAND]             show help

Run 'jobsim COMMAND --help' for the flags of a command.
Exit status: 0 ran, 1 internal error (check: a property broke), 2 invalid input.
`;

const runHelp = `Usage: jobsim run FILE... [flags]

Simulates the scenario made of all YAML documents in FILE... ('-' reads stdin): batch/v1 Jobs and
CronJobs, scheduling.k8s.io/v1 PriorityClasses, and at most one jobsim/v1alpha1 Simulation.

Flags:
  --seed N            override Simulation.spec.seed (default: the file's, else 1)
  --duration D        override Simulation.spec.duration (Go-style plus d: 90s, 1h30m, 7d)
  -o, --output FMT    text (kubectl-like tables and the event log, default) | json (the
                      SimulationResult document) | summary (json without items and events)
  --trace FILE        stream every event and object change as JSON lines to FILE
  --svg FILE          draw the run into FILE (SVG): Jobs, pods on their nodes, nodes' NotReady
                      spells, pending pods and requested CPU over time; hover for details
  --max-events N      text output: print at most N events (default 2000)
  --check             check the simulator's invariants at the end of every virtual instant;
                      violations are printed on stderr (with the seed and replay command), exit 1
  --expect FILE       compare the run with a golden trace recorded by --record; print the first
                      divergence and exit 1 when they differ
  --record FILE       write the run's golden trace to FILE
  -h, --help          show this help
`;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function usageError(msg: string, help: string): CliResult {
  return { code: 2, stdout: '', stderr: `jobsim: ${msg}\n\n${help}` };
}

/** Exit 2 with every input problem, one per line. */
function inputErrors(problems: Issue[]): CliResult {
  return { code: 2, stdout: '', stderr: problems.map((i) => formatIssue(i)).join('\n') + `\n${problems.length} problem(s) found; nothing was simulated.\n` };
}

/** Opens each [path, what] given a path, for writing; on a failure closes those opened and says which. */
function openOutputs(wanted: Array<[string | undefined, string]>): { fds: Array<number | undefined> } | { error: CliResult } {
  const fds: Array<number | undefined> = [];
  for (const [path, what] of wanted) {
    if (path === undefined) {
      fds.push(undefined);
      continue;
    }
    try {
      fds.push(openSync(path, 'w'));
    } catch (e) {
      for (const fd of fds) if (fd !== undefined) closeSync(fd);
      return { error: { code: 2, stdout: '', stderr: `${path}: ${what}: ${(e as Error).message}\n` } };
    }
  }
  return { fds };
}

export function runCommand(argv: string[]): CliResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        seed: { type: 'string' },
        duration: { type: 'string' },
        output: { type: 'string', short: 'o', default: 'text' },
        trace: { type: 'string' },
        svg: { type: 'string' },
        'max-events': { type: 'string' },
        check: { type: 'boolean' },
        expect: { type: 'string' },
        record: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return usageError((e as Error).message, runHelp);
  }
  const v = parsed.values;
  if (v.help) return { code: 0, stdout: runHelp, stderr: '' };
  const files = parsed.positionals;
  if (files.length === 0) return usageError('run needs at least one FILE', runHelp);
  const problems: Issue[] = [];
  let seed: number | undefined;
  if (v.seed !== undefined) {
    if (!/^\d+$/.test(v.seed) || !Number.isSafeInteger(Number(v.seed))) problems.push({ file: '<flags>', path: '--seed', message: `invalid seed ${JSON.stringify(v.seed)}: must be a non-negative integer` });
    else seed = Number(v.seed);
  }
  let durationMs: number | undefined;
  if (v.duration !== undefined) {
    const d = parseDurationMs(v.duration);
    if (d === null || d <= 0) problems.push({ file: '<flags>', path: '--duration', message: `invalid duration ${JSON.stringify(v.duration)}: use Go-style durations plus d, e.g. 90s, 1h30m, 7d` });
    else durationMs = d;
  }
  const output = v.output!;
  if (!['text', 'json', 'summary'].includes(output)) problems.push({ file: '<flags>', path: '--output', message: `unsupported output ${JSON.stringify(output)}: supported values: "text", "json", "summary"` });
  let maxEvents: number | undefined;
  if (v['max-events'] !== undefined) {
    if (!/^\d+$/.test(v['max-events'])) problems.push({ file: '<flags>', path: '--max-events', message: `invalid number ${JSON.stringify(v['max-events'])}` });
    else maxEvents = Number(v['max-events']);
  }
  if (v.svg === '-') problems.push({ file: '<flags>', path: '--svg', message: 'the picture needs a file path (standard output carries the report)' });
  if (v.trace === '-') problems.push({ file: '<flags>', path: '--trace', message: 'the trace needs a file path (standard output carries the report)' });
  if (v.trace === '') problems.push({ file: '<flags>', path: '--trace', message: 'the trace needs a file path' });
  // an output never overwrites a scenario file, nor another output
  const outputs: Array<[string, string | undefined]> = [['--trace', v.trace], ['--record', v.record], ['--svg', v.svg]];
  const seenPaths = new Map<string, string>(files.filter((f) => f !== '-').map((f) => [resolve(f), 'FILE']));
  for (const [flag, path] of outputs) {
    if (path === undefined || path === '' || path === '-') continue;
    const other = seenPaths.get(resolve(path));
    if (other !== undefined) problems.push({ file: '<flags>', path: flag, message: `${JSON.stringify(path)} is also ${other === 'FILE' ? 'a scenario file' : `the ${other} file`}: it would be overwritten` });
    else seenPaths.set(resolve(path), flag);
  }
  if (files.filter((f) => f === '-').length > 1) {
    // reported without reading anything: standard input would be consumed by the first
    problems.push({ file: '<flags>', path: 'FILE', message: 'standard input (-) can be read only once' });
    return inputErrors(problems);
  }
  const { inputs, issues: readIssues } = readInputs(files);
  problems.push(...readIssues);
  const loaded = loadScenario(inputs);
  problems.push(...loaded.issues);
  if (problems.length > 0 || !loaded.scenario) {
    return inputErrors(problems);
  }
  const wantHistory = output !== 'summary' || v.expect !== undefined || v.record !== undefined || v.svg !== undefined;
  let expected: string | undefined;
  if (v.expect !== undefined) {
    try {
      expected = readFileSync(v.expect, 'utf8');
    } catch {
      return { code: 2, stdout: '', stderr: `${v.expect}: cannot read the golden trace\n` };
    }
  }
  // the files the run writes are opened before it starts: a bad path is input to refuse now,
  // not something to find out after the whole run
  const opened = openOutputs([
    [v.trace || undefined, 'cannot write trace'],
    [v.record, 'cannot write the golden trace'],
    [v.svg, 'cannot write the picture'],
  ]);
  if ('error' in opened) return opened.error;
  const fd = opened.fds[0];
  let [, recordFd, svgFd] = opened.fds;
  try {
    let checker: InvariantChecker | undefined;
    const replay = `jobsim run ${files.join(' ')}${seed !== undefined ? ` --seed ${seed}` : ''}${v.duration ? ` --duration ${v.duration}` : ''} --check`;
    const sim = new Simulation(loaded.scenario, {
      seed,
      durationMs,
      keepHistory: wantHistory,
      trace: fd !== undefined ? (line) => writeSync(fd, JSON.stringify(line) + '\n') : undefined,
      afterStep: v.check ? (s) => endOfInstantHook(checker!)(s) : undefined,
    });
    if (v.check) checker = new InvariantChecker(sim, replay);
    const info = sim.run();
    checker?.check();
    const res = buildResult(sim, info, { items: wantHistory });
    if (svgFd !== undefined) {
      writeSync(svgFd, renderSvg(res));
      closeSync(svgFd);
      svgFd = undefined;
    }
    let stdout: string;
    if (output === 'text') stdout = renderText(res, { maxEvents, isLive: (o) => sim.store.getByUid(o.metadata.uid) !== undefined, conditionChanges: sim.jobConditionChanges });
    else if (output === 'summary') {
      const { items: _i, events: _e, ...summary } = res;
      stdout = JSON.stringify(summary, null, 2) + '\n';
    } else stdout = JSON.stringify(res, null, 2) + '\n';
    let stderr = (loaded.warnings ?? []).map((w) => `warning: ${formatIssue(w)}\n`).join('') + sim.warnings.map((w) => `warning: ${w}\n`).join('');
    let code = 0;
    if (checker && checker.violations.length > 0) {
      code = 1;
      stderr += checker.violations.map((x) => `invariant ${x.invariant} violated at ${x.time} (seed ${x.seed}): ${x.message}\n  replay: ${x.replay}`).join('\n') + '\n';
    }
    const trace = wantHistory ? goldenTrace(res) : '';
    if (recordFd !== undefined) {
      writeSync(recordFd, trace);
      closeSync(recordFd);
      recordFd = undefined;
    }
    if (expected !== undefined) {
      const diff = firstDivergence(expected, trace);
      if (diff) {
        code = 1;
        stderr += `the run differs from ${v.expect}:\n${diff}\n`;
      }
    }
    return { code, stdout, stderr };
  } finally {
    for (const f of [fd, recordFd, svgFd]) if (f !== undefined) closeSync(f);
  }
}

/**
 * `-o=json` as pflag (kubectl) takes it: a one-letter flag joined to its value by "=" (node's
 * parser would read the value as "=json"). Arguments after `--` are left alone.
 */
export function splitShortFlagValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  let literal = false;
  for (const a of argv) {
    if (!literal && /^-[A-Za-z]=/.test(a)) out.push(a.slice(0, 2), a.slice(3));
    else out.push(a);
    if (a === '--') literal = true;
  }
  return out;
}

export function main(argvIn: string[]): CliResult | Promise<CliResult> {
  const [cmd, ...rest] = splitShortFlagValues(argvIn);
  switch (cmd) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      if (rest[0] === 'run') return { code: 0, stdout: runHelp, stderr: '' };
      if (rest[0] === 'schedule') return runScheduleCommand(['--help']);
      if (rest[0] === 'check') return { code: 0, stdout: checkHelp, stderr: '' };
      if (rest[0] === 'sweep') return { code: 0, stdout: sweepHelp, stderr: '' };
      return { code: 0, stdout: mainHelp, stderr: '' };
    case 'run':
      return runCommand(rest);
    case 'schedule':
      return runScheduleCommand(rest);
    case 'check':
      return runCheckCommand(rest, process.stderr.isTTY === true);
    case 'sweep':
      return runSweepCommand(rest, process.stderr.isTTY === true);
    default:
      return usageError(`unknown command ${JSON.stringify(cmd)}`, mainHelp);
  }
}

function isMain(): boolean {
  const arg = process.argv[1] ?? '';
  return arg.endsWith('main.ts') || arg.endsWith('jobsim.mjs') || arg.endsWith('jobsim');
}

if (isMain() || process.env['JOBSIM_CLI'] === '1') {
  const internal = (e: unknown): CliResult => {
    const err = e as Error;
    return { code: 1, stdout: '', stderr: `jobsim: internal error: ${err.message}\n${process.env['JOBSIM_DEBUG'] ? err.stack + '\n' : 'set JOBSIM_DEBUG=1 for the stack trace\n'}` };
  };
  const print = (r: CliResult) => {
    if (r.stdout) process.stdout.write(r.stdout);
    if (r.stderr) process.stderr.write(r.stderr);
    process.exitCode = r.code;
  };
  let r: CliResult | Promise<CliResult>;
  try {
    r = main(process.argv.slice(2));
  } catch (e) {
    r = internal(e);
  }
  // only a parallel sweep answers later
  if (r instanceof Promise) r.then(print, (e) => print(internal(e)));
  else print(r);
}
