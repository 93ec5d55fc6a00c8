// The acceptance scenarios, each pinning an upstream behaviour, mutated one value at a time: a
// number changed, an optional field dropped, a list item repeated or removed. Whatever the result,
// jobsim must answer as the contract says: exit 0 with the invariants holding at the end of every
// instant (--check), or exit 2 with every problem named, never an internal error or a stack trace.
// (Mutations like these found a crash on `podFailurePolicy: {}` and five invariants that disagreed
// with upstream behaviours.)
//
// Fixed seed (override with FC_SEED=<n>); a failure prints the mutated scenario's file.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { runCommand } from '../../src/cli/main.ts';

const seed = Number(process.env['FC_SEED'] ?? 7);
const casesDir = join(new URL('.', import.meta.url).pathname, '../acceptance/cases');

/** Every case's scenario text, read from the case file without importing it (the YAML template literal). */
function scenarios(): string[] {
  const out: string[] = [];
  for (const area of readdirSync(casesDir).sort()) {
    for (const f of readdirSync(join(casesDir, area)).sort()) {
      const src = readFileSync(join(casesDir, area, f), 'utf8');
      // only plain literals (no ${...}), of cases that expect a run (no `exit: 2`)
      const m = /scenario:\s*`([^`$]*)`/.exec(src);
      if (m && !/\bexit:\s*[12]\b/.test(src)) out.push(m[1]!);
    }
  }
  return out;
}

type Path = (string | number)[];

function pathsOf(v: unknown, p: Path = [], out: Path[] = []): Path[] {
  if (p.length > 1) out.push(p);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...p, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) pathsOf(x, [...p, k], out);
  return out;
}

type Mutation = { kind: 'number'; value: number } | { kind: 'flip' } | { kind: 'drop' } | { kind: 'repeat' };

/** Applies the mutation at the path; false when it does not apply there. */
function mutate(docs: unknown[], path: Path, m: Mutation): boolean {
  let parent = docs as unknown as Record<string | number, unknown>;
  for (const seg of path.slice(0, -1)) parent = parent[seg] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  const cur = parent[last];
  switch (m.kind) {
    case 'number':
      if (typeof cur !== 'number') return false;
      parent[last] = m.value < 0 ? cur + m.value : m.value;
      return true;
    case 'flip':
      if (typeof cur !== 'boolean') return false;
      parent[last] = !cur;
      return true;
    case 'drop':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
      return true;
    case 'repeat':
      if (!Array.isArray(parent)) return false;
      parent.splice(Number(last), 0, structuredClone(cur));
      return true;
  }
}

describe('mutated acceptance scenarios: exit 0 with the invariants held, or exit 2; never an internal error', () => {
  const texts = scenarios();
  const work = join(tmpdir(), 'mutated');
  it(`holds over 500 mutations of ${texts.length} scenarios`, () => {
    expect(texts.length).toBeGreaterThan(1000);
    const codes = [0, 0, 0];
    let n = 0;
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        fc.oneof(
          fc.record({ kind: fc.constant('number' as const), value: fc.constantFrom(0, 1, 2, 3, 5, 10, 60, 301, -1, 1) }),
          fc.constant({ kind: 'flip' as const }),
          fc.constant({ kind: 'drop' as const }),
          fc.constant({ kind: 'repeat' as const }),
        ),
        (ci, pi, m) => {
          const docs = parseAllDocuments(texts[ci % texts.length]!).map((d) => d.toJSON() as unknown);
          if (docs.some((d) => !d || typeof d !== 'object')) return;
          const paths = pathsOf(docs);
          if (paths.length === 0 || !mutate(docs, paths[pi % paths.length]!, m)) return;
          const file = `${work}-${n++}.yaml`;
          writeFileSync(file, docs.map((d) => stringify(d)).join('---\n'));
          const r = runCommand([file, '-o', 'summary', '--duration', '3h', '--check']);
          codes[r.code] = (codes[r.code] ?? 0) + 1;
          if (process.env['MUTATED_VERBOSE']) console.log(r.code, file);
          expect(r.code, `${file}: ${r.stderr.slice(0, 600)}`).not.toBe(1);
          expect(r.stderr, file).not.toMatch(/\n\s+at |undefined|NaN|\[object/);
        },
      ),
      { seed, numRuns: 500 },
    );
    // the mutations reach runs, not only refusals
    expect(codes[0]).toBeGreaterThan(25);
  });
});
