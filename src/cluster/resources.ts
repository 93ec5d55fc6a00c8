// Pod resource requests as kube-scheduler computes them, host ports, and the node predicates shared
// by the scheduler and the kubelet's admission: taint/toleration and node-affinity matching.

import type { Container, Node, NodeSelectorRequirement, Pod, Taint, Toleration } from '../api/types.ts';
import { cpuMilli, memoryBytes } from '../api/quantity.ts';
import { Slot } from '../core/slot.ts';
import { isHugePageResourceName } from '../api/podresources.ts';

export interface Request {
  cpuMilli: number;
  memoryBytes: number;
  /** extended resources (nvidia.com/gpu, ...): whole units by name; absent when none is asked for */
  scalar?: ReadonlyMap<string, number>;
}

/** IsScalarResourceName: extended resources and huge pages, which fitsRequest counts by name. */
export function isScalarResourceName(name: string): boolean {
  return name.startsWith('hugepages-') || isExtendedResourceName(name);
}

/**
 * helper.IsExtendedResourceName: a fully qualified name outside the kubernetes.io domain, and not
 * a quota name (requests.*). Such resources are whole numbers, never overcommitted.
 */
export function isExtendedResourceName(name: string): boolean {
  if (!name.includes('/') || name.includes('kubernetes.io/') || name.startsWith('requests.')) return false;
  return /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)\/([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/.test(name);
}

/** scheduler's non-zero defaults for scoring pods without requests (100m CPU, 200Mi). */
export const DefaultMilliCpuRequest = 100;
export const DefaultMemoryRequest = 200 * 1024 * 1024;

const containerCache = new Slot<Request>('jobsim.containerRequest');

/** One container's requests; containers are shared by the pods of one template, so parsed once. */
function containerRequest(c: Container): Request {
  let q = containerCache.get(c);
  if (!q) containerCache.remember(c, (q = parseContainerRequest(c)));
  return q;
}

function parseContainerRequest(c: Container): Request {
  const r = c.resources?.requests;
  const out: Request = {
    cpuMilli: r?.cpu !== undefined ? cpuMilli(r.cpu) : 0,
    memoryBytes: r?.memory !== undefined ? memoryBytes(r.memory) : 0,
  };
  if (r) {
    let scalar: Map<string, number> | undefined;
    for (const name of Object.keys(r)) {
      if (isScalarResourceName(name)) (scalar ??= new Map()).set(name, memoryBytes(r[name]!));
    }
    if (scalar) out.scalar = scalar;
  }
  return out;
}

/** Both requests of a pod, computed once per containers array (shared by the pods of one template). */
interface PodRequests {
  initContainers: Container[] | undefined;
  request: Request;
  nonZero: Request;
}

const podRequestsCache = new Slot<PodRequests>('jobsim.podRequests');

function requestsOf(pod: Pod): PodRequests {
  const cs = pod.spec.containers;
  const init = pod.spec.initContainers;
  let r = podRequestsCache.get(cs);
  if (r === undefined || r.initContainers !== init) {
    r = { initContainers: init, request: computeRequest(cs, init), nonZero: computeNonZeroRequest(cs, init) };
    podRequestsCache.remember(cs, r);
  }
  return r;
}

/**
 * The pod's effective request (resourcehelper.PodRequests): the regular containers and the
 * sidecars (restartable init containers) summed, raised to the largest init container's request
 * plus the sidecars started before it.
 */
export function podRequest(pod: Pod): Request {
  const levels = podLevelRequests(pod);
  return levels ? withPodLevel(requestsOf(pod).request, levels) : requestsOf(pod).request;
}

/** The request used for scoring: zero requests replaced by the scheduler's non-zero defaults. */
export function podNonZeroRequest(pod: Pod): Request {
  const levels = podLevelRequests(pod);
  return levels ? withPodLevel(requestsOf(pod).nonZero, levels) : requestsOf(pod).nonZero;
}

const podLevelCache = new Slot<Partial<Request>>('jobsim.podLevelRequests');

/**
 * `spec.resources.requests` of the pod, the resources that may be set there (IsSupportedPodLevelResource:
 * cpu, memory, huge pages), parsed once per requests object; undefined when none is set.
 */
export function podLevelRequests(pod: Pod): Partial<Request> | undefined {
  const r = (pod.spec as { resources?: { requests?: Record<string, string> } | null }).resources?.requests;
  if (!r) return undefined;
  let q = podLevelCache.get(r);
  if (q === undefined) {
    q = {};
    for (const name of Object.keys(r)) {
      if (name === 'cpu') q.cpuMilli = cpuMilli(r[name]!);
      else if (name === 'memory') q.memoryBytes = memoryBytes(r[name]!);
      else if (isHugePageResourceName(name)) q.scalar = new Map([...(q.scalar ?? []), [name, memoryBytes(r[name]!)]]);
    }
    if (Object.isExtensible(r)) podLevelCache.remember(r, q);
  }
  return q.cpuMilli === undefined && q.memoryBytes === undefined && q.scalar === undefined ? undefined : q;
}

/** PodRequests: the pod-level requests, where set, replace the containers' aggregate, resource by resource. */
function withPodLevel(r: Request, levels: Partial<Request>): Request {
  const out: Request = { cpuMilli: levels.cpuMilli ?? r.cpuMilli, memoryBytes: levels.memoryBytes ?? r.memoryBytes };
  if (levels.scalar) {
    const scalar = new Map(r.scalar);
    for (const [name, v] of levels.scalar) scalar.set(name, v);
    out.scalar = new Map([...scalar].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  } else if (r.scalar) out.scalar = r.scalar;
  return out;
}

/** AggregateContainerRequests of a pod spec (no pod-level override): what pod-level requests must cover. */
export function aggregateContainerRequest(containers: Container[], initContainers: Container[] | undefined): Request {
  return computeRequest(containers, initContainers);
}

/** A native sidecar: an init container with `restartPolicy: Always` (KEP-753). */
export function isRestartableInitContainer(c: Container): boolean {
  return (c as { restartPolicy?: string }).restartPolicy === 'Always';
}

/** Per-resource sums: cpu, memory and the extended resources by name. */
interface Sums {
  cpu: number;
  mem: number;
  scalar: Map<string, number> | undefined;
}

function addTo(into: Sums, q: Request): void {
  into.cpu += q.cpuMilli;
  into.mem += q.memoryBytes;
  for (const [name, v] of q.scalar ?? []) (into.scalar ??= new Map()).set(name, (into.scalar.get(name) ?? 0) + v);
}

function maxInto(into: Sums, q: Sums): void {
  if (q.cpu > into.cpu) into.cpu = q.cpu;
  if (q.mem > into.mem) into.mem = q.mem;
  for (const [name, v] of q.scalar ?? []) if (v > ((into.scalar ??= new Map()).get(name) ?? 0)) into.scalar.set(name, v);
}

/**
 * AggregateContainerRequests: the regular containers summed; then, in spec order, each sidecar is
 * added to that sum and to the running sum of sidecars, and each init container counts as its own
 * request plus the sidecars before it (a sidecar as the running sum); the result is the sum raised
 * to the largest of those, resource by resource.
 */
function aggregate(containers: Container[], initContainers: Container[] | undefined, requestOf: (c: Container) => Request): Request {
  const reqs: Sums = { cpu: 0, mem: 0, scalar: undefined };
  for (const c of containers) addTo(reqs, requestOf(c));
  const sidecars: Sums = { cpu: 0, mem: 0, scalar: undefined };
  const inits: Sums = { cpu: 0, mem: 0, scalar: undefined };
  for (const c of initContainers ?? []) {
    const q = requestOf(c);
    if (isRestartableInitContainer(c)) {
      addTo(reqs, q);
      addTo(sidecars, q);
      maxInto(inits, sidecars);
    } else {
      const one: Sums = { cpu: sidecars.cpu, mem: sidecars.mem, scalar: sidecars.scalar && new Map(sidecars.scalar) };
      addTo(one, q);
      maxInto(inits, one);
    }
  }
  maxInto(reqs, inits);
  const out: Request = { cpuMilli: reqs.cpu, memoryBytes: reqs.mem };
  if (reqs.scalar) out.scalar = new Map([...reqs.scalar].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return out;
}

function computeRequest(containers: Container[], initContainers: Container[] | undefined): Request {
  return aggregate(containers, initContainers, containerRequest);
}

/**
 * PodRequests with NonMissingContainerRequests: each container's missing cpu or memory request
 * counts as the default, then the containers are aggregated as for the real request.
 */
function computeNonZeroRequest(containers: Container[], initContainers: Container[] | undefined): Request {
  const nz = (c: Container): Request => {
    const q = containerRequest(c);
    return {
      cpuMilli: c.resources?.requests?.cpu !== undefined ? q.cpuMilli : DefaultMilliCpuRequest,
      memoryBytes: c.resources?.requests?.memory !== undefined ? q.memoryBytes : DefaultMemoryRequest,
    };
  };
  const r = aggregate(containers, initContainers, nz);
  return { cpuMilli: r.cpuMilli, memoryBytes: r.memoryBytes };
}

/** strconv.ParseInt(s, 10, 64): an optional sign and decimal digits, within int64; else null. */
function parseInt64(s: string): bigint | null {
  if (!/^[+-]?[0-9]+$/.test(s)) return null;
  const n = BigInt(s);
  return n >= -(2n ** 63n) && n < 2n ** 63n ? n : null;
}

export function matchNodeSelectorRequirement(r: NodeSelectorRequirement, labels: Record<string, string>): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, r.key);
  const v = labels[r.key];
  switch (r.operator) {
    case 'In':
      return has && (r.values ?? []).includes(v!);
    case 'NotIn':
      return !has || !(r.values ?? []).includes(v!);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    case 'Gt':
    case 'Lt': {
      // labels.Requirement.Matches: both sides through strconv.ParseInt(s, 10, 64), one value
      if (!has || (r.values ?? []).length !== 1) return false;
      const a = parseInt64(v!);
      const b = parseInt64(r.values![0]!);
      if (a === null || b === null) return false;
      return r.operator === 'Gt' ? a > b : a < b;
    }
  }
}

/** NodeAffinity filter: nodeSelector (exact labels) and required node affinity terms (ORed). */
export function nodeAffinityMatches(pod: Pod, node: Node): boolean {
  const labels = node.metadata.labels ?? {};
  const sel = pod.spec.nodeSelector;
  if (sel) for (const k in sel) if (labels[k] !== sel[k]) return false;
  const terms = pod.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
  if (terms && terms.length > 0) {
    const fields: Record<string, string> = { 'metadata.name': node.metadata.name };
    return terms.some(
      (t) =>
        ((t.matchExpressions?.length ?? 0) > 0 || (t.matchFields?.length ?? 0) > 0) &&
        (t.matchExpressions ?? []).every((r) => matchNodeSelectorRequirement(r, labels)) &&
        (t.matchFields ?? []).every((r) => matchNodeSelectorRequirement(r, fields)),
    );
  }
  return true;
}

/** v1helper.ToleratesTaint: does one toleration tolerate one taint. */
export function toleratesTaint(t: Toleration, taint: Taint): boolean {
  if (t.effect && t.effect !== taint.effect) return false;
  if (t.key && t.key !== taint.key) return false;
  if (!t.key && t.operator !== 'Exists') return false;
  switch (t.operator ?? 'Equal') {
    case 'Exists':
      return true;
    case 'Equal':
      return (t.value ?? '') === (taint.value ?? '');
    default:
      return false;
  }
}

/** The first taint with one of `effects` that no toleration tolerates, or undefined. */
export function findUntoleratedTaint(taints: Taint[] | undefined, tols: Toleration[] | undefined, effects: Taint['effect'][]): Taint | undefined {
  if (!taints) return undefined;
  for (const taint of taints) {
    if (!effects.includes(taint.effect)) continue;
    if (!(tols ?? []).some((t) => toleratesTaint(t, taint))) return taint;
  }
  return undefined;
}

export function nodeAllocatable(node: Node): { cpuMilli: number; memoryBytes: number; pods: number; scalar?: ReadonlyMap<string, number> } {
  const a = node.status.allocatable;
  const out: { cpuMilli: number; memoryBytes: number; pods: number; scalar?: ReadonlyMap<string, number> } = {
    cpuMilli: a.cpu !== undefined ? cpuMilli(a.cpu) : 0,
    memoryBytes: a.memory !== undefined ? memoryBytes(a.memory) : 0,
    pods: a.pods !== undefined ? Number(a.pods) : 110,
  };
  let scalar: Map<string, number> | undefined;
  for (const name of Object.keys(a)) if (isScalarResourceName(name)) (scalar ??= new Map()).set(name, memoryBytes(a[name]!));
  if (scalar) out.scalar = scalar;
  return out;
}

/**
 * fitsRequest for extended resources: the names the node lacks room for, in name order, given
 * what is already requested on it (`used`).
 */
export function insufficientScalars(req: Request, allocatable: ReadonlyMap<string, number> | undefined, used: ReadonlyMap<string, number> | undefined): string[] {
  const out: string[] = [];
  for (const [name, q] of req.scalar ?? []) {
    if (q === 0) continue;
    if ((used?.get(name) ?? 0) + q > (allocatable?.get(name) ?? 0)) out.push(name);
  }
  return out;
}

/** Adds (sign 1) or removes (sign -1) a request's extended resources to a usage map, copied on write. */
export function withScalars(used: ReadonlyMap<string, number> | undefined, req: Request, sign: 1 | -1): ReadonlyMap<string, number> | undefined {
  if (!req.scalar) return used;
  const m = new Map(used ?? []);
  for (const [name, v] of req.scalar) m.set(name, (m.get(name) ?? 0) + sign * v);
  return m;
}

/** A host port a pod binds on its node: protocol, host IP and port. */
export interface HostPort {
  protocol: string;
  ip: string;
  port: number;
}

const hostPortsCache = new Slot<readonly HostPort[]>('jobsim.hostPorts');
const NoHostPorts: readonly HostPort[] = Object.freeze([]);

/**
 * util.GetHostPorts: the ports with a hostPort of the sidecars (init containers that run as long as
 * the pod) and of the regular containers, the host IP defaulting to 0.0.0.0 and the protocol to
 * TCP (HostPortInfo.sanitize). Cached per containers array (pods share their template's).
 */
export function hostPortsOf(pod: Pod): readonly HostPort[] {
  const cs = pod.spec.containers;
  let ports = hostPortsCache.get(cs);
  if (ports !== undefined && pod.spec.initContainers === undefined) return ports;
  const out: HostPort[] = [];
  const add = (c: Container) => {
    for (const p of (c['ports'] as { hostPort?: number; hostIP?: string; protocol?: string }[] | undefined) ?? []) {
      if (!p.hostPort || p.hostPort <= 0) continue;
      out.push({ protocol: p.protocol || 'TCP', ip: p.hostIP || '0.0.0.0', port: p.hostPort });
    }
  };
  for (const c of pod.spec.initContainers ?? []) if (isRestartableInitContainer(c)) add(c);
  for (const c of cs) add(c);
  ports = out.length === 0 ? NoHostPorts : out;
  if (pod.spec.initContainers === undefined) hostPortsCache.remember(cs, ports);
  return ports;
}

/** The host ports in use on a node: protocol/port, then host IP, then how many pods hold it. */
export type UsedPorts = Map<string, Map<string, number>>;

/** HostPortInfo.Add / Remove for every host port of a pod. */
export function useHostPorts(used: UsedPorts, ports: readonly HostPort[], sign: 1 | -1): void {
  for (const p of ports) {
    const key = `${p.protocol}/${p.port}`;
    let ips = used.get(key);
    if (!ips) used.set(key, (ips = new Map()));
    const n = (ips.get(p.ip) ?? 0) + sign;
    if (n > 0) ips.set(p.ip, n);
    else ips.delete(p.ip);
    if (ips.size === 0) used.delete(key);
  }
}

/**
 * HostPortInfo.CheckConflict for each wanted port: the same protocol and port, bound on the same
 * IP, or on 0.0.0.0 on either side.
 */
export function hostPortsConflict(wanted: readonly HostPort[], used: UsedPorts | undefined): boolean {
  if (!used || used.size === 0) return false;
  for (const p of wanted) {
    const ips = used.get(`${p.protocol}/${p.port}`);
    if (!ips) continue;
    if (p.ip === '0.0.0.0' || ips.has('0.0.0.0') || ips.has(p.ip)) return true;
  }
  return false;
}
