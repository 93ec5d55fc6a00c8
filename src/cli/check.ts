// `jobsim check FILE... [--runs N] [--seed N]`: explore worlds, check properties, shrink and
// write NAME.counterexample.yaml. Exit 0 all held, 1 a property broke, 2 invalid input.

import { writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { readInputs } from './inputs.ts';
import YAML from 'yaml';
import { explore } from '../sim/explore.ts';
import { formatIssue, loadScenario, MaxCheckRuns } from '../scenario/load.ts';
import { goPlainScalarTags, parseDocuments } from '../scenario/parse.ts';
import type { CliResult } from './main.ts';

export const checkHelp = `Usage: jobsim check FILE... [--runs N] [--seed N]

Explores N seeded worlds around the scenario, as its Simulation.spec.check section says: each
world gets its own seed (the base seed, +1, +2, ...) and draws the faults that check.faults
allows (nodeDown: { max: 2, for: [1m, 30m] } for node failures, drainNode: { max: 1, for: [10m,
1h] } for drains); the properties of check.properties and the simulator's invariants must hold
in every world. On the first failure the world is shrunk (fewer and shorter faults, fewer
objects, a shorter run) and written next to FILE as NAME.counterexample.yaml, with its faults and seed written out; the replay command is printed.

Flags:
  --runs N     worlds to explore (default: check.runs, else 100)
  --seed N     the base seed (default: the file's seed, else 1)
  -h, --help   show this help

Exit status: 0 every property held, 1 a property broke, 2 invalid input.
`;

/** The file and position of the scenario's Simulation document (its check section, else the document). */
function simulationDocument(inputs: ReadonlyArray<{ file: string; text: string }>): { file: string; pos?: { line: number; col: number } } | undefined {
  for (const inp of inputs) {
    for (const d of parseDocuments(inp.file, inp.text).docs) {
      const v = d.value as Record<string, unknown> | null;
      if (!v || typeof v !== 'object' || v['kind'] !== 'Simulation') continue;
      return { file: inp.file, pos: d.posOf(['spec', 'check']) ?? d.posOf([]) };
    }
  }
  return undefined;
}

export function runCheckCommand(argv: string[], stderrIsTTY = false): CliResult & { progress?: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { runs: { type: 'string' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    return { code: 2, stdout: '', stderr: `jobsim: ${(e as Error).message}\n\n${checkHelp}` };
  }
  if (parsed.values.help) return { code: 0, stdout: checkHelp, stderr: '' };
  const files = parsed.positionals;
  const problems: string[] = [];
  if (files.length === 0) problems.push('jobsim check: needs at least one FILE');
  const int = (v: string | undefined, flag: string, min: number, max: number) => {
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
      problems.push(`<flags>: ${flag}: invalid value ${JSON.stringify(v)}: must be an integer from ${min} to ${max}`);
      return undefined;
    }
    return Number(v);
  };
  const runsFlag = int(parsed.values.runs, '--runs', 1, MaxCheckRuns);
  const seedFlag = int(parsed.values.seed, '--seed', 0, Number.MAX_SAFE_INTEGER);
  const read = readInputs(files);
  const inputs = read.inputs;
  for (const i of read.issues) problems.push(`${i.file}: ${i.message}`);
  // every problem at once: the flags', the files', and those of the files that could be read
  const loaded = inputs.length > 0 ? loadScenario(inputs) : undefined;
  for (const i of loaded?.issues ?? []) problems.push(formatIssue(i));
  const scenario = loaded?.scenario;
  const check = scenario?.config.check;
  if (scenario && (!check || check.properties.length === 0)) {
    const sim = simulationDocument(inputs);
    const at = sim ? `${sim.file}:${sim.pos ? `${sim.pos.line}:${sim.pos.col}:` : ''}` : `${files[0]}:`;
    problems.push(`${at} Simulation.spec.check.properties: Required value: jobsim check needs at least one property (e.g. - { job: etl, maxFailed: 3, completesWithin: 2h })`);
  }
  // the worlds' seeds are seed, seed+1, ...: they must stay exact integers
  const runs = runsFlag ?? check?.runs ?? 100;
  const baseSeed = seedFlag ?? scenario?.config.seed ?? 0;
  if (problems.length === 0 && baseSeed > Number.MAX_SAFE_INTEGER - (runs - 1)) {
    problems.push(`<flags>: --seed: invalid value ${JSON.stringify(String(baseSeed))}: the seeds of ${runs} worlds would run past ${Number.MAX_SAFE_INTEGER}`);
  }
  if (problems.length > 0 || !scenario || !check) return { code: 2, stdout: '', stderr: `${problems.join('\n')}\n${problems.length} problem(s) found; nothing was checked.\n` };
  // the documents as the loader read them (kubectl's scalars: timestamps stay strings, 0o17 is 15)
  const docs: Record<string, unknown>[] = [];
  for (const inp of inputs) {
    for (const d of parseDocuments(inp.file, inp.text).docs) {
      if (d.value && typeof d.value === 'object') docs.push(d.value as Record<string, unknown>);
    }
  }
  const first = files[0]!;
  // a scenario read from stdin ('-') has no file to sit next to: stdin.counterexample.yaml, here
  const name = first === '-' ? 'stdin' : basename(first).replace(/\.(ya?ml)$/i, '');
  const outFile = join(dirname(first), `${name}.counterexample.yaml`);
  let lastBar = '';
  const bar = (done: number, total: number) => {
    if (!stderrIsTTY) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    const s = `\rchecking [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} worlds`;
    if (s !== lastBar) {
      process.stderr.write(s);
      lastBar = s;
    }
  };
  const outcome = explore(docs, scenario, { runs, seed: baseSeed, replay: () => `jobsim run ${outFile}`, progress: bar });
  if (stderrIsTTY) process.stderr.write('\n');
  if (outcome.issues.length) return { code: 2, stdout: '', stderr: outcome.issues.map(formatIssue).join('\n') + '\n' };
  if (!outcome.failure) {
    return { code: 0, stdout: `${runs} world(s) explored from seed ${baseSeed}: every property held (${check.properties.length} propert${check.properties.length === 1 ? 'y' : 'ies'}, plus the simulator's invariants).\n`, stderr: '' };
  }
  const { seed, world, shrunk } = outcome.failure;
  const header = [
    `# Counterexample found by: jobsim check ${files.join(' ')} (world ${outcome.runs} of ${runs}, seed ${seed})`,
    `# Broken: ${shrunk.failure.property}: ${shrunk.failure.message}`,
    `# Shrunk from ${world.docs.length} document(s) in ${shrunk.steps} step(s). Replay: jobsim run ${outFile}`,
    '',
  ].join('\n');
  const keepProps = shrunk.docs.map((d) => {
    if (d['kind'] !== 'Simulation') return d;
    const spec = { ...(d['spec'] as Record<string, unknown>) };
    spec['check'] = { properties: (docs.find((x) => x['kind'] === 'Simulation')?.['spec'] as { check?: { properties?: unknown } })?.check?.properties };
    return { ...d, spec };
  });
  const body = keepProps.map(compactYaml).join('---\n');
  writeFileSync(outFile, header + body);
  const lines = [
    `Property broken in world ${outcome.runs} of ${runs} (seed ${seed}):`,
    `  ${world.failures[0]!.property}: ${world.failures[0]!.message}`,
    `Shrunk (${shrunk.steps} runs) to: ${shrunk.failure.property}: ${shrunk.failure.message}`,
    `Counterexample written to ${outFile} (${lineCount(header + body)} lines)`,
    `Replay: jobsim run ${outFile}`,
    `   or: jobsim check ${outFile} --runs 1`,
  ];
  return { code: 1, stdout: lines.join('\n') + '\n', stderr: '' };
}

/** Lines as `wc -l` counts them: a final newline ends the last line rather than starting one. */
function lineCount(text: string): number {
  const n = text.split('\n').length;
  return text.endsWith('\n') ? n - 1 : n;
}

/**
 * YAML where every map or list that fits on one line of at most 100 characters is written in
 * flow style (`{ at: 1h, nodeDown: worker-1, for: 5m }`), so that a counterexample stays short.
 */
export function compactYaml(obj: unknown): string {
  // YAML 1.1 plus the reader's go-yaml scalars, as the file is read back: a string that a plain
  // scalar would turn into something else ("yes", "0777", "0o17", "1_0.5") is quoted
  const doc = new YAML.Document(obj, { version: '1.1', customTags: (tags) => [...tags, ...(goPlainScalarTags as typeof tags)] });
  const oneLine = (node: YAML.YAMLMap | YAML.YAMLSeq) => {
    const copy = node.clone() as YAML.YAMLMap | YAML.YAMLSeq;
    YAML.visit(copy, { Map: (_k, n) => void (n.flow = true), Seq: (_k, n) => void (n.flow = true) });
    copy.flow = true;
    return new YAML.Document(copy).toString({ lineWidth: 0 }).trim();
  };
  // outermost first: a collection that fits is made flow, and its children with it
  YAML.visit(doc, {
    Map(_key, node) {
      if (node.items.length > 0 && oneLine(node).length <= 100) {
        node.flow = true;
        YAML.visit(node, { Map: (_k, n) => void (n.flow = true), Seq: (_k, n) => void (n.flow = true) });
        return YAML.visit.SKIP;
      }
      return undefined;
    },
    Seq(_key, node) {
      if (node.items.length > 0 && oneLine(node).length <= 100) {
        node.flow = true;
        YAML.visit(node, { Map: (_k, n) => void (n.flow = true), Seq: (_k, n) => void (n.flow = true) });
        return YAML.visit.SKIP;
      }
      return undefined;
    },
  });
  return doc.toString({ lineWidth: 0 });
}
