// A picture of a run (`jobsim run --svg FILE`): the Jobs from creation to their end, every pod on
// its node from binding to its end (pulling and starting in a lighter shade, a restart as a tick,
// the outcome as the colour), nodes' NotReady spells, and the pending pods and requested CPU over
// time. Every element carries a <title>, which a browser shows on hover. Built from the
// SimulationResult alone, so the same result draws the same bytes.

import type { Job, KEvent, KObject, Node, Pod } from '../api/types.ts';
import { parseTime } from '../core/time.ts';
import type { SimulationResult } from './result.ts';
import type { SweepResult } from '../sim/sweep.ts';

/** beyond these, the pods (or Jobs) are not drawn one by one: the charts still are */
export const MaxDrawnPods = 5000;
export const MaxDrawnJobs = 400;

const W = 1200;
const LEFT = 190;
const RIGHT = 20;
const PLOT = W - LEFT - RIGHT;
const colours = {
  succeeded: '#43a047',
  failed: '#e53935',
  running: '#1e88e5',
  deleted: '#9e9e9e',
  notReady: '#ffcdd2',
  cordoned: '#fff3c4',
  grid: '#e0e0e0',
  text: '#212121',
  muted: '#757575',
  cpu: '#1e88e5',
  pending: '#fb8c00',
};

const svgStyle =
  `<style>text{font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;fill:${colours.text}}` +
  `.t{font-size:15px;font-weight:600}.h{font-size:13px;font-weight:600}.l{font-size:11px}.tick{font-size:10px;fill:${colours.muted}}.n{font-size:11px;fill:${colours.muted}}</style>`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const num = (x: number) => (Math.round(x * 10) / 10).toString();
/** a label that fits the left margin */
const label = (s: string) => (s.length > 30 ? `${s.slice(0, 14)}…${s.slice(-15)}` : s);

/** +HH:MM:SS (or +Nd+HH:MM:SS) from the start, as the text report's event log. */
function offset(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const d = Math.floor(s / 86400);
  const two = (n: number) => String(n).padStart(2, '0');
  return `+${d > 0 ? `${d}d+` : ''}${two(Math.floor((s % 86400) / 3600))}:${two(Math.floor((s % 3600) / 60))}:${two(s % 60)}`;
}

/** A tick step (ms) that puts about 8-12 ticks on the span. */
export function tickStepMs(spanMs: number): number {
  const steps = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 172800, 604800].map((s) => s * 1000);
  return steps.find((s) => spanMs / s <= 12) ?? 604800_000 * Math.ceil(spanMs / 604800_000 / 12);
}

interface PodBar {
  pod: Pod;
  node: string;
  boundMs: number;
  runningMs: number | null;
  endMs: number;
  outcome: keyof typeof colours;
  restarts: number[];
  /** when its deletion was asked for (its deletionTimestamp less the grace period), if before its end: Terminating from then */
  deletingMs: number | null;
}


/** Where and when a pod ran, from its final object: binding to the end of its last container (or its deletion, or the run's end). */
export function podBar(p: Pod, endOfRunMs: number, startedMs?: readonly number[]): PodBar | null {
  const node = p.spec.nodeName;
  if (!node) return null;
  const scheduled = (p.status.conditions ?? []).find((c) => c.type === 'PodScheduled' && c.status === 'True');
  const boundMs = scheduled ? parseTime(scheduled.lastTransitionTime) : p.status.startTime ? parseTime(p.status.startTime) : parseTime(p.metadata.creationTimestamp);
  const regular = p.status.containerStatuses ?? [];
  let runningMs: number | null = null;
  let finishedMs: number | null = null;
  const restarts: number[] = [];
  // every container, sidecars included: a pod ends when its last container does
  for (const cs of [...(p.status.initContainerStatuses ?? []), ...regular]) {
    for (const st of [cs.lastState?.terminated, cs.state?.terminated]) {
      if (!st) continue;
      if (st.startedAt) runningMs = Math.min(runningMs ?? Infinity, parseTime(st.startedAt));
      if (st.finishedAt) finishedMs = Math.max(finishedMs ?? -Infinity, parseTime(st.finishedAt));
    }
    if (cs.state?.running?.startedAt) runningMs = Math.min(runningMs ?? Infinity, parseTime(cs.state.running.startedAt));
    // without the events, the last restart is the one the kubelet reports (lastState)
    if (!startedMs && regular.includes(cs) && cs.restartCount > 0 && cs.lastState?.terminated?.finishedAt) restarts.push(parseTime(cs.lastState.terminated.finishedAt));
  }
  // the kubelet's Started events: the first start, then each restart in place
  if (startedMs && startedMs.length > 0) {
    runningMs = Math.min(runningMs ?? Infinity, startedMs[0]!);
    for (const t of startedMs) if (t > startedMs[0]! && !restarts.includes(t)) restarts.push(t);
  }
  const phase = p.status.phase;
  const terminal = phase === 'Succeeded' || phase === 'Failed';
  let endMs = endOfRunMs;
  if (terminal && finishedMs !== null) endMs = finishedMs;
  else if (terminal) {
    const ready = (p.status.conditions ?? []).find((c) => c.type === 'Ready');
    endMs = ready ? parseTime(ready.lastTransitionTime) : endOfRunMs;
  }
  // a pod being deleted that never reached a phase of its end is still there, Terminating (its
  // kubelet gone, say): it lasts to the end of the run
  const outcome = phase === 'Succeeded' ? 'succeeded' : phase === 'Failed' ? 'failed' : p.metadata.deletionTimestamp ? 'deleted' : 'running';
  const m = p.metadata;
  const asked = m.deletionTimestamp !== undefined ? parseTime(m.deletionTimestamp) - (m.deletionGracePeriodSeconds ?? 0) * 1000 : null;
  const end = Math.max(endMs, boundMs);
  return { pod: p, node, boundMs, runningMs: runningMs === null || runningMs > endMs ? null : runningMs, endMs: end, outcome, restarts, deletingMs: asked !== null && asked < end ? Math.max(asked, boundMs) : null };
}

/** The kubelet's Started events of each pod's regular containers, by the pod's uid, in time order (one per instant). */
function startedTimes(events: readonly KEvent[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (const e of events) {
    if (e.reason !== 'Started' || e.involvedObject.kind !== 'Pod' || !e.involvedObject.uid || e.involvedObject.fieldPath?.startsWith('spec.initContainers')) continue;
    const t = parseTime(e.firstTimestamp);
    const list = out.get(e.involvedObject.uid);
    if (!list) out.set(e.involvedObject.uid, [t]);
    else if (list[list.length - 1] !== t) list.push(t);
  }
  return out;
}

/** `worker-12` → ['worker-', 12] */
function splitIndex(name: string): [string, number] {
  const m = /^(.*?)(\d+)$/.exec(name);
  return m ? [m[1]!, Number(m[2])] : [name, -1];
}

/** Greedy interval packing: the first row whose last bar ended at or before this bar's start. */
function packRows(bars: PodBar[]): number[] {
  const rowEnds: number[] = [];
  return bars.map((b) => {
    let r = rowEnds.findIndex((end) => end <= b.boundMs);
    if (r < 0) r = rowEnds.push(0) - 1;
    rowEnds[r] = Math.max(b.endMs, b.boundMs + 1);
    return r;
  });
}

/** Spells of each node between two of its events: NotReady (NodeNotReady / NodeReady), cordoned (the kubelet's NodeNotSchedulable / NodeSchedulable). */
function nodeSpells(events: readonly KEvent[], endMs: number, from: string, to: string): Map<string, Array<[number, number]>> {
  const out = new Map<string, Array<[number, number]>>();
  const open = new Map<string, number>();
  for (const e of events) {
    if (e.involvedObject.kind !== 'Node') continue;
    const t = parseTime(e.firstTimestamp);
    if (e.reason === from && !open.has(e.involvedObject.name)) open.set(e.involvedObject.name, t);
    if (e.reason === to && open.has(e.involvedObject.name)) {
      const list = out.get(e.involvedObject.name) ?? [];
      list.push([open.get(e.involvedObject.name)!, t]);
      out.set(e.involvedObject.name, list);
      open.delete(e.involvedObject.name);
    }
  }
  for (const [n, t] of open) out.set(n, [...(out.get(n) ?? []), [t, endMs]]);
  return out;
}

type Series = Array<[number, number]>;
interface PoolMetrics {
  cpuCapacityMilli: number;
  series?: { cpuRequestedMilli: Series };
}

/** The whole picture. */
export function renderSvg(r: SimulationResult): string {
  const startMs = parseTime(r.spec.start);
  const endMs = Math.max(parseTime(r.spec.end), startMs + 1000);
  const span = endMs - startMs;
  const x = (t: number) => LEFT + ((Math.min(Math.max(t, startMs), endMs) - startMs) / span) * PLOT;
  const items: KObject[] = r.items ?? [];
  const jobs = items.filter((o): o is Job => o.kind === 'Job');
  const pods = items.filter((o): o is Pod => o.kind === 'Pod');
  const nodes = items.filter((o): o is Node => o.kind === 'Node');
  const out: string[] = [];
  let y = 0;
  const text = (tx: number, ty: number, s: string, attrs = '') => out.push(`<text x="${num(tx)}" y="${num(ty)}"${attrs}>${esc(s)}</text>`);
  const rect = (x0: number, y0: number, w: number, h: number, fill: string, title?: string, extra = '') =>
    out.push(`<rect x="${num(x0)}" y="${num(y0)}" width="${num(Math.max(w, 0.5))}" height="${num(h)}" fill="${fill}"${extra}>${title ? `<title>${esc(title)}</title>` : ''}</rect>`);
  const heading = (s: string) => {
    y += 26;
    text(10, y, s, ' class="h"');
    y += 8;
  };

  // title and time axis
  y = 24;
  text(10, y, `${r.metadata.name}: seed ${r.spec.seed}, ${r.spec.start} to ${r.spec.end}`, ' class="t"');
  y += 10;
  const axisTop = y + 20;
  const step = tickStepMs(span);
  const ticks: number[] = [];
  for (let t = startMs; t <= endMs; t += step) ticks.push(t);
  y = axisTop;
  for (const t of ticks) text(x(t), y - 4, offset(t - startMs), ` class="tick" text-anchor="${x(t) > W - RIGHT - 30 ? 'end' : 'middle'}"`);
  const gridFrom = y;

  // Jobs
  // in creation order (the items are by name): with more than the limit, the first ones created
  const drawnJobs = [...jobs].sort((a, b) => (a.metadata.creationTimestamp < b.metadata.creationTimestamp ? -1 : a.metadata.creationTimestamp > b.metadata.creationTimestamp ? 1 : 0)).slice(0, MaxDrawnJobs);
  if (jobs.length > 0) {
    heading(`Jobs (${jobs.length})${jobs.length > drawnJobs.length ? `: the first ${drawnJobs.length} created drawn` : ''}`);
    const h = jobs.length > 60 ? 6 : 14;
    const namespaces = new Set(jobs.map((o) => o.metadata.namespace ?? 'default'));
    for (const j of drawnJobs) {
      const created = parseTime(j.metadata.creationTimestamp);
      const conds = j.status.conditions ?? [];
      const end = conds.find((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');
      const deleted = !end && j.metadata.deletionTimestamp !== undefined;
      const endT = end ? parseTime(end.lastTransitionTime) : deleted ? Math.min(parseTime(j.metadata.deletionTimestamp!), endMs) : endMs;
      const fill = end ? (end.type === 'Complete' ? colours.succeeded : colours.failed) : deleted ? colours.deleted : colours.running;
      const what = end ? `${end.type}${end.reason ? ` (${end.reason})` : ''} at ${offset(endT - startMs)}` : deleted ? `deleted at ${offset(endT - startMs)} before it finished` : 'not finished at the end of the run';
      const name = namespaces.size > 1 ? `${j.metadata.namespace}/${j.metadata.name}` : j.metadata.name;
      if (h >= 10) text(LEFT - 6, y + h - 3, label(name), ' class="l" text-anchor="end"');
      rect(x(created), y, x(endT) - x(created), h - 2, fill, `Job ${j.metadata.namespace}/${j.metadata.name}: created ${offset(created - startMs)}, ${what}; succeeded ${j.status.succeeded ?? 0}, failed ${j.status.failed ?? 0}`);
      // the interim conditions the Job waits on its terminating pods after
      for (const c of conds) {
        if (c.status !== 'True' || (c.type !== 'SuccessCriteriaMet' && c.type !== 'FailureTarget')) continue;
        const t = parseTime(c.lastTransitionTime);
        out.push(`<line x1="${num(x(t))}" x2="${num(x(t))}" y1="${num(y - 1)}" y2="${num(y + h - 1)}" stroke="#000" stroke-width="1.5"><title>${esc(`Job ${j.metadata.name}: ${c.type}${c.reason ? ` (${c.reason})` : ''} at ${offset(t - startMs)}`)}</title></line>`);
      }
      y += h;
    }
  }

  // pods by node
  const started = startedTimes(r.events ?? []);
  const bars = pods.length <= MaxDrawnPods ? pods.map((p) => podBar(p, endMs, started.get(p.metadata.uid))).filter((b): b is PodBar => b !== null) : [];
  heading(pods.length > MaxDrawnPods ? `Pods (${pods.length}): more than ${MaxDrawnPods}, not drawn one by one` : `Pods on nodes (${bars.length} bound of ${pods.length})`);
  if (pods.length <= MaxDrawnPods) {
    const byNode = new Map<string, PodBar[]>();
    // worker-2 before worker-10: pools in their order, nodes by their number
    const natural = (a: string, b: string) => {
      const [pa, na] = splitIndex(a);
      const [pb, nb] = splitIndex(b);
      return pa < pb ? -1 : pa > pb ? 1 : na - nb;
    };
    for (const n of [...nodes].sort((a, b) => natural(a.metadata.name, b.metadata.name))) byNode.set(n.metadata.name, []);
    for (const b of bars) {
      if (!byNode.has(b.node)) byNode.set(b.node, []);
      byNode.get(b.node)!.push(b);
    }
    const spells = nodeSpells(r.events ?? [], endMs, 'NodeNotReady', 'NodeReady');
    const cordons = nodeSpells(r.events ?? [], endMs, 'NodeNotSchedulable', 'NodeSchedulable');
    const totalRows = [...byNode.values()].reduce((a, list) => a + Math.max(1, new Set(packRows(list)).size), 0);
    const rowH = Math.max(2, Math.min(14, Math.floor(900 / Math.max(1, totalRows))));
    for (const [node, list] of byNode) {
      list.sort((a, b) => a.boundMs - b.boundMs || (a.pod.metadata.name < b.pod.metadata.name ? -1 : 1));
      const rows = packRows(list);
      const bandH = Math.max(1, ...rows.map((r0) => r0 + 1)) * rowH + 4;
      out.push(`<line x1="${LEFT}" x2="${W - RIGHT}" y1="${num(y)}" y2="${num(y)}" stroke="${colours.grid}"/>`);
      for (const [from, to] of cordons.get(node) ?? []) rect(x(from), y, x(to) - x(from), bandH, colours.cordoned, `${node} cordoned (unschedulable) from ${offset(from - startMs)} to ${offset(to - startMs)}, as its kubelet saw it`);
      for (const [from, to] of spells.get(node) ?? []) rect(x(from), y, x(to) - x(from), bandH, colours.notReady, `${node} NotReady from ${offset(from - startMs)} to ${offset(to - startMs)}`);
      text(LEFT - 6, y + Math.min(bandH, 14) - 3, label(node), ' class="l" text-anchor="end"');
      list.forEach((b, i) => {
        const top = y + 2 + rows[i]! * rowH;
        const p = b.pod;
        const cs = p.status.containerStatuses ?? [];
        const exit = cs.map((c) => c.state?.terminated).filter((t) => t !== undefined).map((t) => `${t!.reason ?? ''} ${t!.exitCode}`.trim());
        const restarts = cs.reduce((a, c) => a + (c.restartCount ?? 0), 0);
        const title = [
          `Pod ${p.metadata.namespace}/${p.metadata.name} on ${node}: ${p.status.phase}${p.status.reason ? ` (${p.status.reason})` : ''}`,
          `bound ${offset(b.boundMs - startMs)}${b.runningMs !== null ? `, running ${offset(b.runningMs - startMs)}` : ''}, ${b.endMs >= endMs && (b.outcome === 'running' || b.outcome === 'deleted') ? `still ${b.outcome === 'deleted' ? 'Terminating' : 'there'} at the end of the run` : `ends ${offset(b.endMs - startMs)}`}`,
          ...(b.restarts.length ? [`restarted in place at ${b.restarts.map((t) => offset(t - startMs)).join(', ')}`] : []),
          ...(b.deletingMs !== null ? [`deleted at ${offset(b.deletingMs - startMs)} (grace ${p.metadata.deletionGracePeriodSeconds ?? 0}s): Terminating from then`] : []),
          ...(exit.length ? [`exit: ${exit.join(', ')}`] : []),
          ...(restarts ? [`restarts: ${restarts}`] : []),
        ].join('\n');
        const fill = colours[b.outcome];
        const h = Math.max(1, rowH - 1);
        out.push(`<g>`);
        // a pixel of white between a bar and the next one on its row
        const inset = (w: number) => (w >= 3 ? w - 1 : w);
        rect(x(b.boundMs), top, inset(x(b.endMs) - x(b.boundMs)), h, fill, title, ' opacity="0.35"');
        // solid while it runs, lighter again once it is Terminating (its deletion asked for)
        const solidEnd = b.deletingMs !== null && b.runningMs !== null && b.deletingMs > b.runningMs ? b.deletingMs : b.endMs;
        if (b.runningMs !== null) rect(x(b.runningMs), top, inset(x(solidEnd) - x(b.runningMs)), h, fill, title);
        if (b.runningMs !== null && solidEnd < b.endMs) rect(x(solidEnd), top, inset(x(b.endMs) - x(solidEnd)), h, fill, title, ' opacity="0.6"');
        for (const t of b.restarts) out.push(`<line x1="${num(x(t))}" x2="${num(x(t))}" y1="${num(top)}" y2="${num(top + h)}" stroke="#000" stroke-width="1"/>`);
        out.push(`</g>`);
      });
      y += bandH;
    }
  }

  // time grid over the Gantt sections
  const gridTo = y;
  const grid = ticks.map((t) => `<line x1="${num(x(t))}" x2="${num(x(t))}" y1="${num(gridFrom)}" y2="${num(gridTo)}" stroke="${colours.grid}" stroke-dasharray="2,3"/>`);

  // charts: pending pods, and requested CPU against capacity per pool
  const m = r.metrics as { pods?: { pendingPeak?: number; pendingSeries?: { points: Series } }; pools?: Record<string, PoolMetrics> };
  const chart = (title: string, series: Series, top: number, colour: string, unit: (v: number) => string) => {
    heading(title);
    const h = 70;
    const max = Math.max(top, 1);
    const yy = (v: number) => y + h - (v / max) * h;
    out.push(`<rect x="${LEFT}" y="${num(y)}" width="${PLOT}" height="${h}" fill="none" stroke="${colours.grid}"/>`);
    let d = '';
    let last = 0;
    for (const [sec, v] of series) {
      const px = x(startMs + sec * 1000);
      d += d === '' ? `M${num(px)},${num(yy(v))}` : `H${num(px)}V${num(yy(v))}`;
      last = v;
    }
    if (d !== '') {
      d += `H${num(x(endMs))}`;
      out.push(`<path d="${d}" fill="none" stroke="${colour}" stroke-width="1.5"><title>${esc(`${title}; at the end: ${unit(last)}`)}</title></path>`);
    }
    text(LEFT - 6, y + 4, unit(max), ' class="l" text-anchor="end"');
    text(LEFT - 6, y + h, '0', ' class="l" text-anchor="end"');
    y += h;
  };
  const pend = m.pods?.pendingSeries?.points ?? [];
  chart(`Pending pods (peak ${m.pods?.pendingPeak ?? 0})`, pend, m.pods?.pendingPeak ?? 0, colours.pending, (v) => `${v}`);
  for (const [name, p] of Object.entries(m.pools ?? {})) {
    const cores = (milli: number) => `${Math.round(milli / 100) / 10} CPU`;
    chart(`CPU requested in pool ${name} (capacity ${cores(p.cpuCapacityMilli)})`, p.series?.cpuRequestedMilli ?? [], p.cpuCapacityMilli, colours.cpu, cores);
  }

  // legend
  y += 30;
  const legend: Array<[string, string]> = [
    [colours.succeeded, 'Succeeded / Complete'],
    [colours.failed, 'Failed'],
    [colours.running, 'running at the end'],
    [colours.deleted, 'deleted before it finished'],
    [colours.notReady, 'node NotReady'],
    [colours.cordoned, 'node cordoned'],
  ];
  let lx = LEFT;
  for (const [c, label] of legend) {
    rect(lx, y - 10, 12, 12, c);
    text(lx + 16, y, label, ' class="l"');
    lx += 30 + label.length * 6.5;
  }
  y += 10;
  text(LEFT, y + 14, 'A pod: light from binding (image pull, start), solid while its containers run, lighter once Terminating (deleted), a black tick at each restart in place. Hover for details.', ' class="n"');
  y += 24;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${num(y)}" viewBox="0 0 ${W} ${num(y)}">`,
    svgStyle,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    ...grid,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}

/** A duration in seconds for an axis or a tooltip: 45s, 12m, 1h30m. */
function shortDuration(s: number): string {
  if (s < 60) return `${Math.round(s)}s`;
  if (s < 3600) return `${Math.round(s / 60)}m`;
  const h = Math.floor(s / 3600);
  const m = Math.round((s % 3600) / 60);
  return m ? `${h}h${m}m` : `${h}h`;
}

/**
 * A sweep as a picture (`jobsim sweep --svg FILE`): one chart per figure, the sizes along the
 * bottom in sweep order: Job durations (p50, p95, max), the share within the service level
 * against the target, the pending peak and the CPU use.
 */
export function renderSweepSvg(r: SweepResult): string {
  const labels = r.rows.map((row) => Object.entries(row.pools).map(([k, n]) => `${k}=${n}`).join(',') || `${row.nodes} nodes`);
  const out: string[] = [];
  let y = 24;
  out.push(`<text x="10" y="${y}" class="t">${esc(`${r.metadata.name}: sweep of ${r.rows.length} size(s) x ${r.spec.seeds.length} seed(s)`)}</text>`);
  y += 16;
  const n = labels.length;
  // a margin inside the frame, so that the first and last sizes' labels fit
  const pad = 40;
  const px = (i: number) => LEFT + pad + (n === 1 ? (PLOT - 2 * pad) / 2 : (i / (n - 1)) * (PLOT - 2 * pad));
  const chart = (title: string, series: Array<{ name: string; colour: string; values: Array<number | null> }>, fmt: (v: number) => string, top?: number, reference?: { value: number; label: string }) => {
    y += 26;
    out.push(`<text x="10" y="${y}" class="h">${esc(title)}</text>`);
    y += 8;
    const h = 120;
    const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
    const max = Math.max(top ?? 0, ...all, reference?.value ?? 0, 1e-9);
    const py = (v: number) => y + h - (v / max) * h;
    out.push(`<rect x="${LEFT}" y="${num(y)}" width="${PLOT}" height="${h}" fill="none" stroke="${colours.grid}"/>`);
    out.push(`<text x="${LEFT - 6}" y="${num(y + 4)}" class="l" text-anchor="end">${esc(fmt(max))}</text>`);
    out.push(`<text x="${LEFT - 6}" y="${num(y + h)}" class="l" text-anchor="end">${esc(fmt(0))}</text>`);
    if (reference) {
      out.push(`<line x1="${LEFT}" x2="${W - RIGHT}" y1="${num(py(reference.value))}" y2="${num(py(reference.value))}" stroke="${colours.failed}" stroke-dasharray="4,3"><title>${esc(reference.label)}</title></line>`);
    }
    series.forEach((s, k) => {
      let d = '';
      s.values.forEach((v, i) => {
        if (v === null) return;
        d += `${d === '' ? 'M' : 'L'}${num(px(i))},${num(py(v))}`;
      });
      if (d !== '') out.push(`<path d="${d}" fill="none" stroke="${s.colour}" stroke-width="1.5"/>`);
      s.values.forEach((v, i) => {
        if (v === null) return;
        out.push(`<circle cx="${num(px(i))}" cy="${num(py(v))}" r="3" fill="${s.colour}"><title>${esc(`${labels[i]}: ${s.name} ${fmt(v)}`)}</title></circle>`);
      });
      // the legend on the heading's line, right-aligned
      const lx = W - RIGHT - (series.length - k) * 150;
      out.push(`<rect x="${num(lx)}" y="${num(y - 18)}" width="10" height="10" fill="${s.colour}"/><text x="${num(lx + 14)}" y="${num(y - 9)}" class="l">${esc(s.name)}</text>`);
    });
    y += h;
  };
  const rows = r.rows.map((row) => row.summary);
  chart(
    'Job duration, creation to Complete/Failed (every seed pooled)',
    [
      { name: 'p50', colour: colours.succeeded, values: rows.map((s) => s.jobDurationSeconds?.p50 ?? null) },
      { name: 'p95', colour: colours.running, values: rows.map((s) => s.jobDurationSeconds?.p95 ?? null) },
      { name: 'max', colour: colours.failed, values: rows.map((s) => s.jobDurationSeconds?.max ?? null) },
    ],
    shortDuration,
  );
  if (r.spec.withinSeconds !== null) {
    chart(
      `Jobs complete within ${shortDuration(r.spec.withinSeconds)}`,
      [
        { name: 'every seed pooled', colour: colours.running, values: rows.map((s) => s.withinSloShare) },
        { name: 'worst seed', colour: colours.pending, values: rows.map((s) => s.withinSloWorstSeedShare) },
      ],
      (v) => `${Math.round(v * 1000) / 10}%`,
      1,
      r.spec.target === null ? undefined : { value: r.spec.target, label: `target ${Math.round(r.spec.target * 1000) / 10}%` },
    );
  }
  chart('Pending pods, highest peak over the seeds', [{ name: 'pending peak', colour: colours.pending, values: rows.map((s) => s.pendingPeakMax) }], (v) => `${Math.round(v)}`);
  chart(
    'CPU requested over allocatable',
    [
      { name: 'mean', colour: colours.cpu, values: rows.map((s) => s.cpuUtilizationMean) },
      { name: 'busiest pool at its peak', colour: colours.failed, values: rows.map((s) => s.cpuPeakUtilizationMax) },
    ],
    (v) => `${Math.round(v * 1000) / 10}%`,
    1,
  );
  // the sizes along the bottom
  y += 16;
  // at most about a dozen labels: every k-th size, the last one always
  const every = Math.ceil(n / 12);
  labels.forEach((l, i) => {
    if (i % every === 0 || i === n - 1) out.push(`<text x="${num(px(i))}" y="${num(y)}" class="tick" text-anchor="middle">${esc(l)}</text>`);
  });
  y += 14;
  if (r.smallest) {
    const size = Object.entries(r.smallest.pools).map(([k, v]) => `${k}=${v}`).join(',') || 'the pools as written';
    out.push(`<text x="${LEFT}" y="${num(y + 8)}" class="n">${esc(`Smallest size meeting the target: ${size} (${r.smallest.nodes} node(s)).`)}</text>`);
    y += 16;
  }
  y += 10;
  return [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${num(y)}" viewBox="0 0 ${W} ${num(y)}">`, svgStyle, `<rect width="100%" height="100%" fill="#fff"/>`, ...out, '</svg>', ''].join('\n');
}
