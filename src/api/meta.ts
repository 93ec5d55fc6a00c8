// Pure helpers over object metadata, label selectors and conditions.

import { Slot } from '../core/slot.ts';
import type { Condition, KObject, LabelSelector, Labels, OwnerReference, Pod } from './types.ts';

export function namespaceOf(o: { metadata: { namespace?: string } }): string {
  return o.metadata.namespace ?? 'default';
}

const keys = new Slot<string>('jobsim.key');

/** `namespace/name`, the work-queue key of client-go's MetaNamespaceKeyFunc (one string per object, reused). */
export function keyOf(o: { metadata: { namespace?: string; name: string } }): string {
  let k = keys.get(o);
  if (k === undefined) keys.set(o, (k = `${o.metadata.namespace ?? 'default'}/${o.metadata.name}`));
  return k;
}

/** The group-qualified resource an API error names (`jobs.batch "x" not found`; core kinds have no group). */
export function qualifiedResource(kind: string): string {
  switch (kind) {
    case 'Job':
      return 'jobs.batch';
    case 'CronJob':
      return 'cronjobs.batch';
    case 'PriorityClass':
      return 'priorityclasses.scheduling.k8s.io';
    default:
      return `${kind.toLowerCase()}s`;
  }
}

export function splitKey(key: string): [string, string] {
  const i = key.indexOf('/');
  return [key.slice(0, i), key.slice(i + 1)];
}

export function controllerRefOf(o: { metadata: { ownerReferences?: OwnerReference[] } }): OwnerReference | undefined {
  const refs = o.metadata.ownerReferences;
  if (!refs) return undefined;
  for (const r of refs) if (r.controller) return r;
  return undefined;
}

/** LabelSelector matching as in apimachinery's metav1.LabelSelectorAsSelector. An empty selector matches everything. */
export function selectorMatches(sel: LabelSelector | undefined, labels: Labels | undefined): boolean {
  if (!sel) return true;
  const l = labels ?? {};
  if (sel.matchLabels) {
    for (const k in sel.matchLabels) if (l[k] !== sel.matchLabels[k]) return false;
  }
  if (sel.matchExpressions) {
    for (const e of sel.matchExpressions) {
      const has = Object.prototype.hasOwnProperty.call(l, e.key);
      const v = l[e.key];
      switch (e.operator) {
        case 'In':
          if (!has || !(e.values ?? []).includes(v!)) return false;
          break;
        case 'NotIn':
          if (has && (e.values ?? []).includes(v!)) return false;
          break;
        case 'Exists':
          if (!has) return false;
          break;
        case 'DoesNotExist':
          if (has) return false;
          break;
      }
    }
  }
  return true;
}

export function findCondition(conds: Condition[] | undefined, type: string): Condition | undefined {
  if (!conds) return undefined;
  for (const c of conds) if (c.type === type) return c;
  return undefined;
}

export function isConditionTrue(conds: Condition[] | undefined, type: string): boolean {
  const c = findCondition(conds, type);
  return c !== undefined && c.status === 'True';
}

/** Total order used wherever objects are sorted: kind, namespace, name, then uid. */
export function compareObjects(a: KObject, b: KObject): number {
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  const an = a.metadata.namespace ?? '';
  const bn = b.metadata.namespace ?? '';
  if (an !== bn) return an < bn ? -1 : 1;
  if (a.metadata.name !== b.metadata.name) return a.metadata.name < b.metadata.name ? -1 : 1;
  return a.metadata.uid < b.metadata.uid ? -1 : a.metadata.uid > b.metadata.uid ? 1 : 0;
}

/** Deep copy of plain JSON data (API objects): much cheaper than structuredClone on hot paths. */
export function cloneJson<T>(x: T): T {
  if (x === null || typeof x !== 'object') return x;
  if (Array.isArray(x)) {
    const out = new Array(x.length);
    for (let i = 0; i < x.length; i++) out[i] = cloneJson(x[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const k in x as Record<string, unknown>) {
    const v = (x as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = cloneJson(v);
  }
  return out as T;
}

/**
 * Whether two pieces of JSON data are the same value, as their serializations would be in a fixed
 * field order (Go's): key order does not matter, and an undefined field is an absent one. It
 * answers what JSON.stringify(a) === JSON.stringify(b) answers, without building the strings.
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let defined = 0;
  for (const k in x) {
    const v = x[k];
    if (v === undefined) continue;
    defined++;
    if (!jsonEqual(v, y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) defined--;
  return defined === 0;
}

/**
 * Sets a pod condition in place. Conditions keep one object shape (absent fields are undefined,
 * which JSON omits) and are never `delete`d from: V8 keeps such objects fast.
 */
export function setCond(conds: Condition[], type: string, status: Condition['status'], now: string, reason?: string, message?: string): void {
  for (let i = 0; i < conds.length; i++) {
    const c = conds[i]!;
    if (c.type !== type) continue;
    if (c.status !== status) c.lastTransitionTime = now;
    c.status = status;
    c.reason = reason || undefined;
    c.message = message || undefined;
    return;
  }
  conds.push({ type, observedGeneration: undefined, status, lastProbeTime: null, lastTransitionTime: now, reason: reason || undefined, message: message || undefined });
}

/**
 * A pod condition written by a component other than the kubelet (scheduler, taint eviction, pod
 * GC, eviction): as setCond, stamped with the pod's generation (PodObservedGenerationTracking,
 * beta in 1.34, GA in 1.35: CalculatePodConditionObservedGeneration).
 */
export function setPodCond(pod: Pod, type: string, status: Condition['status'], now: string, reason?: string, message?: string): void {
  const conds = (pod.status.conditions ??= []);
  setCond(conds, type, status, now, reason, message);
  for (const c of conds) if (c.type === type) c.observedGeneration = pod.metadata.generation;
}

/** RFC 7386 JSON merge patch onto a copy of `target`. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return structuredClone(patch);
  const out: Record<string, unknown> = isPlainObject(target) ? structuredClone(target) : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    // defineProperty: a key named __proto__ stays a key
    else Object.defineProperty(out, k, { value: mergePatch(Object.hasOwn(out, k) ? out[k] : undefined, v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

function isPlainObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/**
 * GetZoneKey (component-helpers/node/topology): region and zone, the deprecated
 * failure-domain.beta labels first; nodes with neither share the zone "".
 */
export function zoneKey(node: { metadata: { labels?: Labels } }): string {
  const l = node.metadata.labels ?? {};
  const zone = l['failure-domain.beta.kubernetes.io/zone'] ?? l['topology.kubernetes.io/zone'] ?? '';
  const region = l['failure-domain.beta.kubernetes.io/region'] ?? l['topology.kubernetes.io/region'] ?? '';
  return region === '' && zone === '' ? '' : `${region}:\x00:${zone}`;
}
