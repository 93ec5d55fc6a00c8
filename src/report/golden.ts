// Golden traces: a compact, line-per-fact rendering of a run (every event, then every object's
// final state in one line), stable across runs and machines, for `--expect` and the golden tests.

import type { Condition, CronJob, Job, KObject, Node, Pod } from '../api/types.ts';
import { parseTime } from '../core/time.ts';
import type { SimulationResult } from './result.ts';

function offset(ms: number): string {
  return `+${(ms / 1000).toFixed(0)}s`;
}

function conds(cs: Condition[] | undefined): string {
  return (cs ?? []).map((c) => `${c.type}=${c.status}${c.reason ? `/${c.reason}` : ''}`).join(',');
}

function objectLine(o: KObject, startMs: number): string {
  const m = o.metadata;
  const name = `${o.kind}/${m.namespace ? `${m.namespace}/` : ''}${m.name}`;
  const t = (s: string | undefined) => (s === undefined ? '-' : offset(parseTime(s) - startMs));
  const del = m.deletionTimestamp ? ` deleted@${t(m.deletionTimestamp)}` : '';
  switch (o.kind) {
    case 'Job': {
      const s = (o as Job).status;
      return `${name} created@${t(m.creationTimestamp)}${del} active=${s.active ?? 0} succeeded=${s.succeeded ?? 0} failed=${s.failed ?? 0} start=${t(s.startTime)} done=${t(s.completionTime)}${s.completedIndexes ? ` completed=${s.completedIndexes}` : ''}${s.failedIndexes ? ` failedIndexes=${s.failedIndexes}` : ''} [${conds(s.conditions)}]`;
    }
    case 'CronJob': {
      const s = (o as CronJob).status;
      return `${name} created@${t(m.creationTimestamp)}${del} active=${s.active?.length ?? 0} lastSchedule=${t(s.lastScheduleTime)} lastSuccess=${t(s.lastSuccessfulTime)}`;
    }
    case 'Pod': {
      const p = o as Pod;
      const cs = p.status.containerStatuses?.[0];
      const term = cs?.state.terminated ?? cs?.lastState?.terminated;
      return `${name} created@${t(m.creationTimestamp)}${del} node=${p.spec.nodeName ?? '-'} phase=${p.status.phase} start=${t(p.status.startTime)} restarts=${cs?.restartCount ?? 0}${term ? ` exit=${term.exitCode}@${t(term.finishedAt)}` : ''} [${conds(p.status.conditions)}]`;
    }
    case 'Node': {
      const n = o as Node;
      return `${name}${del} [${conds(n.status.conditions.filter((c) => c.type === 'Ready'))}] taints=${(n.spec.taints ?? []).map((x) => `${x.key}:${x.effect}`).join(',') || '-'}`;
    }
    default:
      return name;
  }
}

export function goldenTrace(res: SimulationResult): string {
  const start = parseTime(res.spec.start);
  const lines: string[] = [`# ${res.metadata.name} seed=${res.spec.seed} ${res.spec.start}..${res.spec.end} (${res.spec.endedBy})`];
  for (const e of res.events ?? []) {
    lines.push(`${offset(parseTime(e.firstTimestamp) - start)} ${e.type} ${e.reason} ${e.involvedObject.kind}/${e.involvedObject.name}: ${e.message}`);
  }
  lines.push('# final state');
  for (const o of res.items ?? []) lines.push(objectLine(o, start));
  lines.push(`# counts ${Object.entries(res.counts).map(([k, v]) => `${k}=${v}`).join(' ')}`);
  return lines.join('\n') + '\n';
}

/** The first divergence between an expected and an actual golden trace, readable; null when equal. */
export function firstDivergence(expected: string, actual: string, context = 3): string | null {
  if (expected === actual) return null;
  const a = expected.split('\n');
  const b = actual.split('\n');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const out = [`first divergence at line ${i + 1}:`];
  for (let k = Math.max(0, i - context); k < i; k++) out.push(`  ${a[k]}`);
  out.push(`- ${i < a.length ? a[i] : '(end of expected trace)'}`);
  out.push(`+ ${i < b.length ? b[i] : '(end of actual trace)'}`);
  const more = Math.abs(a.length - b.length);
  if (more) out.push(`(expected ${a.length} lines, got ${b.length})`);
  return out.join('\n');
}
