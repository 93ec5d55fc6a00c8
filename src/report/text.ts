// The text report: `kubectl get cronjobs,jobs,pods -o wide` tables as they would print at the
// end of the run (pkg/printers/internalversion: printCronJob, printJob, printPod), a timeline of
// the Jobs' conditions and the event log with virtual timestamps, and a metrics summary.

import type { Container, CronJob, Job, KEvent, KObject, LabelSelector, Pod } from '../api/types.ts';
import { formatDuration, parseTime } from '../core/time.ts';
import type { SimulationResult } from './result.ts';
import { isRestartableInitContainer } from '../cluster/resources.ts';

function table(rows: string[][]): string {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => (widths[i] = Math.max(widths[i] ?? 0, c.length)));
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]! + 3))).join('').trimEnd()).join('\n');
}

/** kubectl's translateTimestampSince: duration.HumanDuration of the time since. */
export function age(sinceMs: number, nowMs: number): string {
  const d = Math.max(0, nowMs - sinceMs);
  const s = Math.floor(d / 1000);
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 ? `${m}m${s % 60}s` : `${m}m`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 8) return m % 60 ? `${h}h${m % 60}m` : `${h}h`;
  if (h < 48) return `${h}h`;
  const days = Math.floor(h / 24);
  if (days < 8) return h % 24 ? `${days}d${h % 24}h` : `${days}d`;
  if (days < 365 * 2) return `${days}d`;
  const years = Math.floor(days / 365);
  if (days < 365 * 8) return days % 365 ? `${years}y${days % 365}d` : `${years}y`;
  return `${years}y`;
}

/** metav1.FormatLabelSelector: requirements sorted by key, `<none>` when there is none. */
export function formatLabelSelector(sel: LabelSelector | undefined): string {
  if (!sel) return '<none>';
  const reqs: Array<[string, string]> = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) reqs.push([k, `${k}=${v}`]);
  for (const r of sel.matchExpressions ?? []) {
    const values = [...(r.values ?? [])].sort().join(',');
    if (r.operator === 'In') reqs.push([r.key, `${r.key} in (${values})`]);
    else if (r.operator === 'NotIn') reqs.push([r.key, `${r.key} notin (${values})`]);
    else if (r.operator === 'Exists') reqs.push([r.key, r.key]);
    else reqs.push([r.key, `!${r.key}`]);
  }
  const l = reqs
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map((r) => r[1])
    .join(',');
  return l === '' ? '<none>' : l;
}

/** layoutContainerCells: the containers' names and images, comma-separated. */
function containerCells(cs: readonly Container[]): [string, string] {
  return [cs.map((c) => c.name).join(','), cs.map((c) => c.image ?? '').join(',')];
}


function cronJobRows(cjs: CronJob[], endMs: number): string[][] {
  const rows = [['NAME', 'SCHEDULE', 'TIMEZONE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR']];
  for (const c of cjs) {
    const js = c.spec.jobTemplate.spec;
    rows.push([
      `cronjob.batch/${c.metadata.name}`,
      c.spec.schedule,
      c.spec.timeZone ?? '<none>',
      c.spec.suspend ? 'True' : 'False',
      String(c.status.active?.length ?? 0),
      c.status.lastScheduleTime ? age(parseTime(c.status.lastScheduleTime), endMs) : '<none>',
      age(parseTime(c.metadata.creationTimestamp), endMs),
      ...containerCells(js.template.spec.containers),
      formatLabelSelector(js.selector),
    ]);
  }
  return rows;
}

export function jobStatusColumn(j: Job): string {
  const has = (t: string) => j.status.conditions?.some((c) => c.type === t && c.status === 'True');
  if (has('Complete')) return 'Complete';
  if (has('Failed')) return 'Failed';
  if (j.metadata.deletionTimestamp) return 'Terminating';
  if (has('Suspended')) return 'Suspended';
  if (has('FailureTarget')) return 'FailureTarget';
  if (has('SuccessCriteriaMet')) return 'SuccessCriteriaMet';
  return 'Running';
}

function jobRows(jobs: Job[], endMs: number): string[][] {
  const rows = [['NAME', 'STATUS', 'COMPLETIONS', 'DURATION', 'AGE', 'CONTAINERS', 'IMAGES', 'SELECTOR']];
  for (const j of jobs) {
    const succeeded = j.status.succeeded ?? 0;
    let completions: string;
    if (j.spec.completions !== undefined) completions = `${succeeded}/${j.spec.completions}`;
    else if ((j.spec.parallelism ?? 1) > 1) completions = `${succeeded}/1 of ${j.spec.parallelism}`;
    else completions = `${succeeded}/1`;
    let duration = '';
    if (j.status.startTime) {
      const end = j.status.completionTime ? parseTime(j.status.completionTime) : endMs;
      duration = age(parseTime(j.status.startTime), end);
    }
    rows.push([`job.batch/${j.metadata.name}`, jobStatusColumn(j), completions, duration, age(parseTime(j.metadata.creationTimestamp), endMs), ...containerCells(j.spec.template.spec.containers), formatLabelSelector(j.spec.selector)]);
  }
  return rows;
}

/** kubectl's pod STATUS column: reason of the interesting container state, or the phase. */
export function podStatusColumn(p: Pod): string {
  if (p.metadata.deletionTimestamp && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed') return 'Terminating';
  let reason: string = p.status.reason ?? p.status.phase;
  if (p.status.conditions?.some((c) => c.type === 'PodScheduled' && c.reason === 'SchedulingGated')) reason = 'SchedulingGated';
  // init containers first: the first one not done names the status (Init:<i>/<n>, Init:<reason>)
  let initializing = false;
  const inits = p.status.initContainerStatuses ?? [];
  for (let i = 0; i < inits.length; i++) {
    const st = inits[i]!.state;
    if (st.terminated && st.terminated.exitCode === 0) continue;
    // a sidecar that has started does not hold the pod in Init
    if (inits[i]!.started && p.spec.initContainers?.some((c) => c.name === inits[i]!.name && isRestartableInitContainer(c))) continue;
    if (st.terminated) reason = st.terminated.reason ? `Init:${st.terminated.reason}` : `Init:ExitCode:${st.terminated.exitCode}`;
    else if (st.waiting?.reason && st.waiting.reason !== 'PodInitializing') reason = `Init:${st.waiting.reason}`;
    else reason = `Init:${i}/${(p.spec.initContainers ?? []).length}`;
    initializing = true;
    break;
  }
  if (!initializing || p.status.conditions?.some((c) => c.type === 'Initialized' && c.status === 'True')) {
    // from the last container to the first: the first one's reason is the one left
    const cs = p.status.containerStatuses ?? [];
    let hasRunning = false;
    for (let i = cs.length - 1; i >= 0; i--) {
      const st = cs[i]!.state;
      if (st.waiting?.reason && st.waiting.reason !== '') reason = st.waiting.reason;
      else if (st.terminated?.reason) reason = st.terminated.reason;
      else if (st.terminated) reason = `ExitCode:${st.terminated.exitCode}`;
      else if (cs[i]!.ready && st.running) hasRunning = true;
    }
    // a container done beside one still running (a restart in place by its own policy): the
    // pod is Running if it is Ready, else NotReady
    if (reason === 'Completed' && hasRunning) reason = p.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
  }
  if (p.status.phase === 'Running' && reason === 'Running') return 'Running';
  return reason;
}

/** READY: ready containers of all containers, restartable (sidecar) init containers included. */
export function podReadyColumn(p: Pod): string {
  const sidecars = (p.spec.initContainers ?? []).filter(isRestartableInitContainer).length;
  const ready = (p.status.containerStatuses ?? []).filter((c) => c.ready).length + (p.status.initContainerStatuses ?? []).filter((c) => c.ready && c.started).length;
  return `${ready}/${p.spec.containers.length + sidecars}`;
}

/** RESTARTS: the sum, and since when the last restart's run ended ("2 (52s ago)"). */
export function podRestartsColumn(p: Pod, nowMs: number): string {
  let restarts = 0;
  let last = -Infinity;
  for (const c of p.status.containerStatuses ?? []) {
    restarts += c.restartCount;
    const at = c.lastState?.terminated?.finishedAt;
    if (at !== undefined) last = Math.max(last, parseTime(at));
  }
  return restarts !== 0 && last > -Infinity ? `${restarts} (${age(last, nowMs)} ago)` : String(restarts);
}

function podRows(pods: Pod[], endMs: number): string[][] {
  const rows = [['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE', 'IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES']];
  for (const p of pods) {
    const gates = p.spec.readinessGates;
    rows.push([
      `pod/${p.metadata.name}`,
      podReadyColumn(p),
      podStatusColumn(p),
      podRestartsColumn(p, endMs),
      age(parseTime(p.metadata.creationTimestamp), endMs),
      // the simulated cluster has no pod network: no pod has an IP
      '<none>',
      p.spec.nodeName ?? '<none>',
      p.status.nominatedNodeName ?? '<none>',
      // printPod: the gates whose condition (the first of its type) is True, of all of them
      gates && gates.length > 0 ? `${gates.filter((g) => p.status.conditions?.find((c) => c.type === g.conditionType)?.status === 'True').length}/${gates.length}` : '<none>',
    ]);
  }
  return rows;
}

/** With objects of several namespaces, a NAMESPACE column first (as `kubectl get -A`). */
function withNamespaces(rows: string[][], objs: KObject[], all: boolean): string[][] {
  if (!all) return rows;
  return rows.map((r, i) => [i === 0 ? 'NAMESPACE' : (objs[i - 1]!.metadata.namespace ?? 'default'), ...r]);
}

function offset(ms: number): string {
  const s = Math.floor(ms / 1000);
  const d = Math.floor(s / 86400);
  const hh = String(Math.floor((s % 86400) / 3600)).padStart(2, '0');
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return `${d > 0 ? `${d}d+` : ''}${hh}:${mm}:${ss}`;
}

function eventRows(events: KEvent[], startMs: number, withNs: boolean): string[][] {
  const rows = [[...(withNs ? ['NAMESPACE'] : []), 'TIME', 'TYPE', 'REASON', 'OBJECT', 'SOURCE', 'MESSAGE']];
  for (const e of events) {
    rows.push([...(withNs ? [e.metadata.namespace] : []), `+${offset(parseTime(e.firstTimestamp) - startMs)}`, e.type, e.reason, `${e.involvedObject.kind.toLowerCase()}/${e.involvedObject.name}`, e.source.component, e.message]);
  }
  return rows;
}

/** kubectl get -A lists in the API server's key order: `namespace/name` compared as bytes. */
function byStorageKey<T extends KObject>(objs: T[]): T[] {
  const key = (o: KObject) => `${o.metadata.namespace ?? 'default'}/${o.metadata.name}`;
  return [...objs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export interface TextOptions {
  /** print at most this many events (the rest is summarised) */
  maxEvents?: number;
  /** whether an object still exists at the end (deleted ones do not show in `kubectl get`) */
  isLive?: (o: KObject) => boolean;
  /** every Job condition change of the run, in order (without it: each condition's last transition) */
  conditionChanges?: ReadonlyArray<{ atMs: number; namespace?: string; name: string; type: string; status: string; reason: string; message: string }>;
}

const MaxDeletedRows = 50;

/** When an object's deletion was requested: its deletionTimestamp less the grace period it was given. */
function deletionRequestedMs(o: KObject): number {
  const ts = o.metadata.deletionTimestamp;
  if (ts === undefined) return NaN;
  return parseTime(ts) - (o.metadata.deletionGracePeriodSeconds ?? 0) * 1000;
}

/** How a deleted object ended: a Job's terminal condition, a pod's phase (and reason). */
function lastState(o: KObject): string {
  if (o.kind === 'Job') {
    const c = (o as Job).status.conditions?.find((x) => (x.type === 'Complete' || x.type === 'Failed') && x.status === 'True');
    return c ? `${c.type} (${c.reason ?? ''})` : 'not finished';
  }
  if (o.kind === 'Pod') {
    const st = (o as Pod).status;
    return st.reason ? `${st.phase} (${st.reason})` : (st.phase ?? '');
  }
  return '';
}

export function renderText(res: SimulationResult, opts: TextOptions = {}): string {
  const startMs = parseTime(res.spec.start);
  const endMs = parseTime(res.spec.end);
  const items = res.items ?? [];
  const isLive = (o: KObject, _endMs: number) => (opts.isLive ? opts.isLive(o) : o.metadata.deletionTimestamp === undefined);
  const out: string[] = [];
  out.push(`Simulation ${res.metadata.name}: seed ${res.spec.seed}, ${res.spec.start} to ${res.spec.end} (${formatDuration(endMs - startMs)} virtual, ended by ${res.spec.endedBy})`);
  out.push('');
  let cjs = items.filter((o): o is CronJob => o.kind === 'CronJob' && isLive(o, endMs));
  let jobs = items.filter((o): o is Job => o.kind === 'Job' && isLive(o, endMs));
  let pods = items.filter((o): o is Pod => o.kind === 'Pod' && isLive(o, endMs));
  const namespaces = new Set([...cjs, ...jobs, ...pods].map((o) => o.metadata.namespace ?? 'default'));
  const all = namespaces.size > 1;
  if (all) {
    cjs = byStorageKey(cjs);
    jobs = byStorageKey(jobs);
    pods = byStorageKey(pods);
  }
  // the run's own sections name the namespace too when the run had objects in several
  const ns = (o: { metadata: { namespace?: string } }) => o.metadata.namespace ?? 'default';
  const runNs = new Set(items.filter((o) => o.kind !== 'Node').map(ns));
  const manyNs = runNs.size > 1;
  const nsCol = (v: string): string[] => (manyNs ? [v] : []);
  out.push(`$ kubectl get cronjobs,jobs,pods${all ? ' -A' : namespaces.size === 1 && !namespaces.has('default') ? ` -n ${[...namespaces][0]}` : ''} -o wide   # at ${res.spec.end}`);
  if (cjs.length) out.push(table(withNamespaces(cronJobRows(cjs, endMs), cjs, all)), '');
  if (jobs.length) out.push(table(withNamespaces(jobRows(jobs, endMs), jobs, all)), '');
  if (pods.length) out.push(table(withNamespaces(podRows(pods, endMs), pods, all)), '');
  if (!cjs.length && !jobs.length && !pods.length) out.push('No resources found in default namespace.', '');
  const gone = items.filter((o) => o.kind !== 'Node' && !isLive(o, endMs));
  if (gone.length) {
    // what `kubectl get` no longer shows: when each deletion was asked for, and how the object ended
    const rows = gone
      .map((o) => [deletionRequestedMs(o), o] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([t, o]) => [...nsCol(ns(o)), Number.isNaN(t) ? '-' : `+${offset(t - startMs)}`, `${o.kind.toLowerCase()}/${o.metadata.name}`, lastState(o)]);
    out.push(`Deleted during the run (${gone.length}):`);
    out.push(table([[...nsCol('NAMESPACE'), 'DELETED', 'OBJECT', 'LAST STATE'], ...rows.slice(0, MaxDeletedRows)]));
    if (rows.length > MaxDeletedRows) out.push(`... ${rows.length - MaxDeletedRows} more (see -o json)`);
    out.push('');
  }
  const jobsAll = items.filter((o): o is Job => o.kind === 'Job');
  if (jobsAll.length) {
    // kubectl describe job's "Pods Statuses", for every Job of the run
    out.push('Job pod counts (status), at the end or when the Job was deleted:');
    out.push(
      table([
        [...nsCol('NAMESPACE'), 'JOB', 'ACTIVE', 'READY', 'SUCCEEDED', 'FAILED', 'TERMINATING'],
        ...jobsAll.map((j) => [...nsCol(ns(j)), `job/${j.metadata.name}`, String(j.status.active ?? 0), String(j.status.ready ?? 0), String(j.status.succeeded ?? 0), String(j.status.failed ?? 0), String(j.status.terminating ?? 0)]),
      ]),
    );
    out.push('');
  }
  // Conditions carry whole seconds; within a second, the Job whose events of that second come
  // first in the log set its conditions first (the log keeps the millisecond order)
  const firstEventAt = new Map<string, number>();
  (res.events ?? []).forEach((e, i) => {
    if (e.involvedObject.kind !== 'Job') return;
    const k = `${e.involvedObject.namespace ?? 'default'}/${e.involvedObject.name}@${parseTime(e.firstTimestamp)}`;
    if (!firstEventAt.has(k)) firstEventAt.set(k, i);
  });
  const condRows: Array<[number, number, string[]]> = [];
  for (const j of jobsAll) {
    for (const c of j.status.conditions ?? []) {
      const t = parseTime(c.lastTransitionTime);
      const order = firstEventAt.get(`${j.metadata.namespace ?? 'default'}/${j.metadata.name}@${t}`) ?? Infinity;
      condRows.push([t, order, [...nsCol(ns(j)), `+${offset(t - startMs)}`, `job/${j.metadata.name}`, `${c.type}=${c.status}`, c.reason ?? '', c.message ?? '']]);
    }
  }
  if (opts.conditionChanges) {
    // the run's own record: every transition, in the order it was written
    condRows.length = 0;
    opts.conditionChanges.forEach((c, i) => condRows.push([c.atMs, i, [...nsCol(c.namespace ?? 'default'), `+${offset(c.atMs - startMs)}`, `job/${c.name}`, `${c.type}=${c.status}`, c.reason, c.message]]));
  }
  if (condRows.length) {
    condRows.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    out.push('Job conditions, in the order they were set:');
    out.push(table([[...nsCol('NAMESPACE'), 'TIME', 'JOB', 'CONDITION', 'REASON', 'MESSAGE'], ...condRows.map((r) => r[2])]));
    out.push('');
  }
  const events = res.events ?? [];
  const max = opts.maxEvents ?? 2000;
  out.push(`Events (${events.length}):`);
  out.push(table(eventRows(events.slice(0, max), startMs, manyNs)));
  if (events.length > max) out.push(`... ${events.length - max} more events (use -o json or --trace)`);
  out.push('');
  out.push(renderMetrics(res));
  return out.join('\n') + '\n';
}

const bars = ' ▁▂▃▄▅▆▇█';

/** A step series [seconds, value] as a 48-column sparkline from 0 to endSec, scaled to `top`. */
export function sparkline(points: Array<[number, number]>, top: number, endSec: number, width = 48): string {
  if (endSec <= 0 || top <= 0) return '';
  let out = '';
  let i = 0;
  let value = 0;
  for (let col = 0; col < width; col++) {
    const from = (col * endSec) / width;
    const to = ((col + 1) * endSec) / width;
    let peak = value;
    while (i < points.length && points[i]![0] < to) {
      value = points[i]![1];
      if (points[i]![0] >= from || value > peak) peak = Math.max(peak, value);
      i++;
    }
    out += bars[Math.min(bars.length - 1, Math.ceil((Math.max(0, peak) / top) * (bars.length - 1)))];
  }
  return `|${out}|`;
}

export function renderMetrics(res: SimulationResult): string {
  const endSec = (parseTime(res.spec.end) - parseTime(res.spec.start)) / 1000;
  const m = res.metrics as {
    jobs: { complete: number; failed: number; failedReasons: Record<string, number>; durationSeconds: Record<string, number | null> };
    pods: { succeeded: number; failed: number; schedulingWaitSeconds: Record<string, number | null>; pendingPeak: number; pendingMean: number };
    pools: Record<string, { cpuUtilization: number; memoryUtilization: number; cpuRequestedPeakMilli: number; cpuCapacityMilli: number }>;
    cronJobs?: Record<string, { complete: number; failed: number; missedSchedules?: number; startDelaySeconds: Record<string, number | null>; finishedAfterScheduleSeconds: Record<string, number | null> }>;
  };
  const lines: string[] = ['Metrics:'];
  const d = m.jobs.durationSeconds;
  const fmt = (x: number | null | undefined) => (x === null || x === undefined ? '-' : formatDuration(x * 1000));
  const reasons = Object.entries(m.jobs.failedReasons).map(([r, n]) => `${r}: ${n}`).join(', ');
  lines.push(`  jobs: ${m.jobs.complete} complete, ${m.jobs.failed} failed${reasons ? ` (${reasons})` : ''}; duration p50 ${fmt(d['p50'])}, p95 ${fmt(d['p95'])}, max ${fmt(d['max'])}`);
  const w = m.pods.schedulingWaitSeconds;
  lines.push(`  pods: ${m.pods.succeeded} succeeded, ${m.pods.failed} failed; wait for a node p50 ${fmt(w['p50'])}, p95 ${fmt(w['p95'])}, max ${fmt(w['max'])}; pending peak ${m.pods.pendingPeak}, mean ${m.pods.pendingMean}`);
  for (const [name, p] of Object.entries(m.pools)) {
    lines.push(`  pool ${name}: cpu requested ${(p.cpuUtilization * 100).toFixed(1)}% of ${p.cpuCapacityMilli / 1000} cores on average (peak ${p.cpuRequestedPeakMilli / 1000}), memory ${(p.memoryUtilization * 100).toFixed(1)}%`);
    const ext = (p as unknown as { extended?: Record<string, { capacity: number; requestedPeak: number; utilization: number }> }).extended;
    for (const [r, e] of Object.entries(ext ?? {})) lines.push(`    ${r} requested ${(e.utilization * 100).toFixed(1)}% of ${e.capacity} on average (peak ${e.requestedPeak})`);
    const series = (p as unknown as { series?: { cpuRequestedMilli: Array<[number, number]> } }).series?.cpuRequestedMilli;
    if (series && series.some(([, v]) => v > 0)) lines.push(`    cpu requested over time  ${sparkline(series, p.cpuCapacityMilli, endSec)}`);
  }
  const pend = (m.pods as unknown as { pendingSeries?: { points: Array<[number, number]> } }).pendingSeries?.points;
  if (pend && pend.length > 0 && m.pods.pendingPeak > 0) lines.push(`  pending pods over time     ${sparkline(pend, m.pods.pendingPeak, endSec)}  (peak ${m.pods.pendingPeak})`);
  for (const [name, c] of Object.entries(m.cronJobs ?? {})) {
    const f = c.finishedAfterScheduleSeconds;
    const late = c.startDelaySeconds;
    const missed = c.missedSchedules ? `, ${c.missedSchedules} schedule time(s) never started` : '';
    lines.push(`  cronjob ${name}: ${c.complete} complete, ${c.failed} failed${missed}; finished after the scheduled time p50 ${fmt(f['p50'])}, p95 ${fmt(f['p95'])}, max ${fmt(f['max'])}; started late p95 ${fmt(late['p95'])}, max ${fmt(late['max'])}`);
  }
  lines.push(`  objects created: ${Object.entries(res.counts).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return lines.join('\n');
}
