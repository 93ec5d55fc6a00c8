// The scheduler plugins that look at the pods already placed: PodTopologySpread (its Filter, for
// `whenUnsatisfiable: DoNotSchedule`) and InterPodAffinity (its Filter: required affinity and
// anti-affinity, and the anti-affinity of the pods already there). Pure: a snapshot of the nodes
// and the pods the scheduler counts on them in, a verdict out. Upstream:
// pkg/scheduler/framework/plugins/podtopologyspread/filtering.go and
// pkg/scheduler/framework/plugins/interpodaffinity/filtering.go.

import { selectorMatches } from '../api/meta.ts';
import type { LabelSelector, Labels, Node, Pod } from '../api/types.ts';
import { findUntoleratedTaint, nodeAffinityMatches } from './resources.ts';

/** A node and the pods the scheduler's cache counts on it (bound or assumed, not terminal). */
export interface PlacedNode {
  node: Node;
  pods: readonly Pod[];
}

export const SpreadMismatch = "node(s) didn't match pod topology spread constraints";
export const SpreadMissingLabel = "node(s) didn't match pod topology spread constraints (missing required label)";
export const AffinityRulesMismatch = "node(s) didn't match pod affinity rules";
export const AntiAffinityRulesMismatch = "node(s) didn't match pod anti-affinity rules";
export const ExistingAntiAffinityMismatch = "node(s) didn't satisfy existing pods anti-affinity rules";

interface TopologySpreadConstraint {
  maxSkew: number;
  topologyKey: string;
  whenUnsatisfiable: string;
  labelSelector?: LabelSelector | null;
  minDomains?: number;
  nodeAffinityPolicy?: string;
  nodeTaintsPolicy?: string;
  matchLabelKeys?: string[];
}

interface PodAffinityTerm {
  labelSelector?: LabelSelector | null;
  namespaces?: string[];
  namespaceSelector?: LabelSelector | null;
  topologyKey: string;
  matchLabelKeys?: string[];
  mismatchLabelKeys?: string[];
}

/**
 * A label selector as a predicate. A missing selector matches nothing (LabelSelectorAsSelector(nil)
 * is labels.Nothing()). matchLabelKeys and mismatchLabelKeys are in it already: the API server
 * merged them when the pod was created (mergeMatchLabelKeys).
 */
function selectorOf(sel: LabelSelector | null | undefined): (labels: Labels | undefined) => boolean {
  if (!sel) return () => false;
  return (labels) => selectorMatches(sel, labels);
}

function isEmptySelector(sel: LabelSelector | null | undefined): boolean {
  return !!sel && Object.keys(sel.matchLabels ?? {}).length === 0 && (sel.matchExpressions ?? []).length === 0;
}

/** The pod's NodeAffinity filter (nodeSelector and required terms) as a predicate over nodes. */
function nodeAffinityOf(pod: Pod): (node: Node) => boolean {
  return (node) => nodeAffinityMatches(pod, node);
}

// ---- PodTopologySpread ----

/** The DoNotSchedule constraints of a pod, or none. */
export function hardSpreadConstraints(pod: Pod): TopologySpreadConstraint[] {
  const cs = pod.spec['topologySpreadConstraints'] as TopologySpreadConstraint[] | undefined;
  return (cs ?? []).filter((c) => c.whenUnsatisfiable === 'DoNotSchedule');
}

/**
 * PodTopologySpread's queueing hint for a Node update (isSchedulableAfterNodeChange, with the
 * pod's DoNotSchedule constraints): the update may help a pod the plugin rejected when the node
 * gains or loses one of the constraints' topology keys (nodeLabelsMatchSpreadConstraints: all of
 * them), or, holding them all, when a topology key's value or the node's taints changed (the
 * plugin registers UpdateNodeLabel and UpdateNodeTaint). Other label changes, and a cordon
 * whose taint has not come yet, may not.
 */
export function spreadMayHelpAfterNodeUpdate(pod: Pod, oldLabels: Labels, newNode: Node, taintsChanged: boolean): boolean {
  const keys = hardSpreadConstraints(pod).map((c) => c.topologyKey);
  const newLabels = newNode.metadata.labels ?? {};
  const hadKeys = keys.every((k) => k in oldLabels);
  const hasKeys = keys.every((k) => k in newLabels);
  if (hadKeys !== hasKeys) return true;
  return hasKeys && (taintsChanged || keys.some((k) => oldLabels[k] !== newLabels[k]));
}

/**
 * PodTopologySpread's queueing hint for an assigned pod added (isSchedulableAfterPodChange): a pod
 * it rejected may fit now only if the added pod is in its namespace and matches one of its
 * constraints' selectors (podLabelsMatchSpreadConstraints).
 */
export function spreadMayHelpAfterPodAdd(waiting: Pod, added: Pod): boolean {
  if ((added.metadata.namespace ?? 'default') !== (waiting.metadata.namespace ?? 'default')) return false;
  const cs = (waiting.spec['topologySpreadConstraints'] as TopologySpreadConstraint[] | undefined) ?? [];
  return cs.some((c) => selectorOf(c.labelSelector)(added.metadata.labels));
}

/**
 * InterPodAffinity's queueing hint for an assigned pod added (isSchedulableAfterPodChange): a pod
 * whose required affinity it rejected may fit now only if the added pod matches one of its
 * affinity terms (namespaces and selector); an added pod never satisfies an anti-affinity.
 */
export function affinityMayHelpAfterPodAdd(waiting: Pod, added: Pod): boolean {
  return requiredTerms(waiting, 'podAffinity').some((t) => t.matches(added));
}

export interface SpreadState {
  constraints: TopologySpreadConstraint[];
  matches: ((labels: Labels | undefined) => boolean)[];
  /** per constraint: matching pods per topology value, over the eligible nodes */
  counts: Map<string, number>[];
  /** per constraint: the global minimum (0 when there are fewer eligible domains than minDomains) */
  minMatch: number[];
  selfMatch: number[];
}

/**
 * PreFilter (calPreFilterState): over every node that has all the constraints' topology keys and
 * that each constraint's node inclusion policies admit (nodeAffinityPolicy Honor by default:
 * the pod's nodeSelector and required node affinity; nodeTaintsPolicy Ignore by default), the
 * pods matching each constraint (same namespace, not being deleted) per topology value.
 * `countTerminating` counts the pods being deleted too (the invariant checker's second view).
 */
export function spreadPreFilter(pod: Pod, nodes: readonly PlacedNode[], countTerminating = false): SpreadState | null {
  const constraints = hardSpreadConstraints(pod);
  if (constraints.length === 0) return null;
  const own = pod.metadata.labels;
  const matches = constraints.map((c) => selectorOf(c.labelSelector));
  const counts = constraints.map(() => new Map<string, number>());
  const affinity = nodeAffinityOf(pod);
  for (const { node, pods } of nodes) {
    const labels = node.metadata.labels ?? {};
    if (!constraints.every((c) => c.topologyKey in labels)) continue;
    constraints.forEach((c, i) => {
      if ((c.nodeAffinityPolicy ?? 'Honor') === 'Honor' && !affinity(node)) return;
      if (c.nodeTaintsPolicy === 'Honor' && findUntoleratedTaint(node.spec.taints, pod.spec.tolerations, ['NoSchedule', 'NoExecute'])) return;
      const value = labels[c.topologyKey]!;
      // countPodsMatchSelector: an empty selector counts nothing
      let n = 0;
      if (!isEmptySelector(c.labelSelector)) {
        for (const p of pods) if ((countTerminating || p.metadata.deletionTimestamp === undefined) && p.metadata.namespace === pod.metadata.namespace && matches[i]!(p.metadata.labels)) n++;
      }
      counts[i]!.set(value, (counts[i]!.get(value) ?? 0) + n);
    });
  }
  const minMatch = constraints.map((c, i) => {
    const m = counts[i]!;
    if (m.size === 0) return 0;
    let min = Infinity;
    for (const v of m.values()) if (v < min) min = v;
    return m.size < (c.minDomains ?? 1) ? 0 : min;
  });
  const selfMatch = matches.map((m) => (m(own) ? 1 : 0));
  return { constraints, matches, counts, minMatch, selfMatch };
}

/** Filter: existing + self - global minimum must not exceed maxSkew, in the node's domain of every constraint. */
export function spreadFilter(state: SpreadState, node: Node): string | null {
  const labels = node.metadata.labels ?? {};
  for (let i = 0; i < state.constraints.length; i++) {
    const c = state.constraints[i]!;
    if (!(c.topologyKey in labels)) return SpreadMissingLabel;
    const existing = state.counts[i]!.get(labels[c.topologyKey]!) ?? 0;
    if (existing + state.selfMatch[i]! - state.minMatch[i]! > c.maxSkew) return SpreadMismatch;
  }
  return null;
}

// ---- InterPodAffinity ----

interface Term {
  topologyKey: string;
  /** the term matches a pod (namespace and labels) */
  matches: (p: Pod) => boolean;
}

/** The pod's required terms of one kind, with their namespaces resolved (the pod's own by default). */
function requiredTerms(pod: Pod, kind: 'podAffinity' | 'podAntiAffinity'): Term[] {
  const a = pod.spec.affinity?.[kind] as { requiredDuringSchedulingIgnoredDuringExecution?: PodAffinityTerm[] } | undefined;
  return requiredTermsOf(pod, a?.requiredDuringSchedulingIgnoredDuringExecution ?? []);
}

/** Terms of `pod` as predicates over other pods. */
function requiredTermsOf(pod: Pod, terms: readonly PodAffinityTerm[]): Term[] {
  return terms.map((t) => {
    const labels = selectorOf(t.labelSelector);
    const names = t.namespaces ?? [];
    const nsSelector = t.namespaceSelector;
    const ns = pod.metadata.namespace ?? 'default';
    // namespaces are not objects here: a namespace's labels are its kubernetes.io/metadata.name
    const inNamespace = (x: string) => names.includes(x) || (nsSelector ? selectorMatches(nsSelector, { 'kubernetes.io/metadata.name': x }) : names.length === 0 && x === ns);
    return { topologyKey: t.topologyKey, matches: (p: Pod) => inNamespace(p.metadata.namespace ?? 'default') && labels(p.metadata.labels) };
  });
}

export function hasRequiredPodAffinity(pod: Pod): boolean {
  const a = pod.spec.affinity;
  const req = (x: unknown) => ((x as { requiredDuringSchedulingIgnoredDuringExecution?: unknown[] } | undefined)?.requiredDuringSchedulingIgnoredDuringExecution?.length ?? 0) > 0;
  return !!a && (req(a['podAffinity']) || req(a['podAntiAffinity']));
}

export function hasRequiredAntiAffinity(pod: Pod): boolean {
  return ((pod.spec.affinity?.['podAntiAffinity'] as { requiredDuringSchedulingIgnoredDuringExecution?: unknown[] } | undefined)?.requiredDuringSchedulingIgnoredDuringExecution?.length ?? 0) > 0;
}

export interface AffinityState {
  affinity: Term[];
  antiAffinity: Term[];
  /** topology pairs (key=value) with placed pods that match all the pod's affinity terms, per term */
  affinityCounts: Map<string, number>;
  antiAffinityCounts: Map<string, number>;
  /** topology pairs where a placed pod's required anti-affinity term matches the incoming pod */
  existingAntiAffinityCounts: Map<string, number>;
  podMatchesOwnAffinity: boolean;
}

const pair = (key: string, value: string) => `${key}=${value}`;

/** PreFilter: the counts per topology pair, from every placed pod. */
export function affinityPreFilter(pod: Pod, nodes: readonly PlacedNode[], existingWithAntiAffinity: boolean): AffinityState | null {
  const affinity = requiredTerms(pod, 'podAffinity');
  const antiAffinity = requiredTerms(pod, 'podAntiAffinity');
  if (affinity.length === 0 && antiAffinity.length === 0 && !existingWithAntiAffinity) return null;
  const affinityCounts = new Map<string, number>();
  const antiAffinityCounts = new Map<string, number>();
  const existingAntiAffinityCounts = new Map<string, number>();
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const { node, pods } of nodes) {
    const labels = node.metadata.labels ?? {};
    for (const p of pods) {
      if (p === pod) continue;
      // updateWithAffinityTerms: a placed pod counts only if it matches every affinity term (one
      // pod must satisfy them all), and then in each term's domain
      if (affinity.length > 0 && affinity.every((t) => t.matches(p))) {
        for (const t of affinity) if (t.topologyKey in labels) add(affinityCounts, pair(t.topologyKey, labels[t.topologyKey]!));
      }
      for (const t of antiAffinity) if (t.topologyKey in labels && t.matches(p)) add(antiAffinityCounts, pair(t.topologyKey, labels[t.topologyKey]!));
      if (existingWithAntiAffinity && hasRequiredAntiAffinity(p)) {
        for (const t of requiredTerms(p, 'podAntiAffinity')) if (t.topologyKey in labels && t.matches(pod)) add(existingAntiAffinityCounts, pair(t.topologyKey, labels[t.topologyKey]!));
      }
    }
  }
  return { affinity, antiAffinity, affinityCounts, antiAffinityCounts, existingAntiAffinityCounts, podMatchesOwnAffinity: affinity.every((t) => t.matches(pod)) };
}

/** Filter: the pod's affinity, then its anti-affinity, then the placed pods' anti-affinity. */
export function affinityFilter(state: AffinityState, node: Node): string | null {
  const labels = node.metadata.labels ?? {};
  // satisfyPodAffinity: every term's key on the node, and a matching pod in its domain; or the
  // first pod of a group that matches its own terms, when no pod matches anywhere
  let podsExist = true;
  for (const t of state.affinity) {
    if (!(t.topologyKey in labels)) return AffinityRulesMismatch;
    if ((state.affinityCounts.get(pair(t.topologyKey, labels[t.topologyKey]!)) ?? 0) <= 0) podsExist = false;
  }
  if (!podsExist && !(state.affinityCounts.size === 0 && state.podMatchesOwnAffinity)) return AffinityRulesMismatch;
  if (state.antiAffinityCounts.size > 0) {
    for (const t of state.antiAffinity) {
      if (t.topologyKey in labels && (state.antiAffinityCounts.get(pair(t.topologyKey, labels[t.topologyKey]!)) ?? 0) > 0) return AntiAffinityRulesMismatch;
    }
  }
  if (state.existingAntiAffinityCounts.size > 0) {
    for (const k in labels) if ((state.existingAntiAffinityCounts.get(pair(k, labels[k]!)) ?? 0) > 0) return ExistingAntiAffinityMismatch;
  }
  return null;
}

// ---- scores (the default profile weighs each by 2) ----

/**
 * PodTopologySpread's Score for `ScheduleAnyway` constraints: per feasible node, the matching pods
 * of its domain (of the node itself for kubernetes.io/hostname) times log(domains + 2), plus
 * maxSkew - 1, summed over the constraints and rounded; a node missing a topology key is ignored
 * (scored 0 after normalizing). null when the pod has no such constraint (PreScore's Skip).
 */
export function spreadScores(pod: Pod, placed: readonly PlacedNode[], feasible: readonly Node[]): { raw: number[]; ignored: boolean[] } | null {
  const all = (pod.spec['topologySpreadConstraints'] as TopologySpreadConstraint[] | undefined) ?? [];
  const constraints = all.filter((c) => c.whenUnsatisfiable === 'ScheduleAnyway');
  if (constraints.length === 0) return null;
  const matches = constraints.map((c) => selectorOf(c.labelSelector));
  const hasKeys = (n: Node) => constraints.every((c) => c.topologyKey in (n.metadata.labels ?? {}));
  const ignored = feasible.map((n) => !hasKeys(n));
  // the topology pairs of the feasible nodes, and how many distinct values each constraint has
  const pairCounts = constraints.map(() => new Map<string, number>());
  const sizes = constraints.map(() => 0);
  feasible.forEach((n, j) => {
    if (ignored[j]) return;
    constraints.forEach((c, i) => {
      if (c.topologyKey === 'kubernetes.io/hostname') return;
      const v = n.metadata.labels![c.topologyKey]!;
      if (!pairCounts[i]!.has(v)) {
        pairCounts[i]!.set(v, 0);
        sizes[i]!++;
      }
    });
  });
  const feasibleCount = ignored.filter((x) => !x).length;
  const weights = constraints.map((c, i) => Math.log((c.topologyKey === 'kubernetes.io/hostname' ? feasibleCount : sizes[i]!) + 2));
  const affinity = nodeAffinityOf(pod);
  const countOn = (pods: readonly Pod[], i: number) => {
    if (isEmptySelector(constraints[i]!.labelSelector)) return 0;
    let n = 0;
    for (const p of pods) if (p.metadata.deletionTimestamp === undefined && p.metadata.namespace === pod.metadata.namespace && matches[i]!(p.metadata.labels)) n++;
    return n;
  };
  const podsOn = new Map<Node, readonly Pod[]>();
  for (const { node, pods } of placed) {
    podsOn.set(node, pods);
    if (!hasKeys(node)) continue;
    constraints.forEach((c, i) => {
      if (c.topologyKey === 'kubernetes.io/hostname') return;
      if ((c.nodeAffinityPolicy ?? 'Honor') === 'Honor' && !affinity(node)) return;
      if (c.nodeTaintsPolicy === 'Honor' && findUntoleratedTaint(node.spec.taints, pod.spec.tolerations, ['NoSchedule', 'NoExecute'])) return;
      const v = node.metadata.labels![c.topologyKey]!;
      const m = pairCounts[i]!;
      if (m.has(v)) m.set(v, m.get(v)! + countOn(pods, i));
    });
  }
  const raw = feasible.map((n, j) => {
    if (ignored[j]) return 0;
    let score = 0;
    constraints.forEach((c, i) => {
      const cnt = c.topologyKey === 'kubernetes.io/hostname' ? countOn(podsOn.get(n) ?? [], i) : pairCounts[i]!.get(n.metadata.labels![c.topologyKey]!)!;
      score += cnt * weights[i]! + (c.maxSkew - 1);
    });
    return Math.round(score);
  });
  return { raw, ignored };
}

/** PodTopologySpread's NormalizeScore: fewer matching pods is better, 100 * (max + min - s) / max. */
export function normalizeSpreadScores(raw: readonly number[], ignored: readonly boolean[]): number[] {
  let min = Infinity;
  let max = 0;
  raw.forEach((s, j) => {
    if (ignored[j]) return;
    if (s < min) min = s;
    if (s > max) max = s;
  });
  return raw.map((s, j) => (ignored[j] ? 0 : max === 0 ? 100 : Math.trunc((100 * (max + min - s)) / max)));
}

interface WeightedTerm {
  weight: number;
  podAffinityTerm: PodAffinityTerm;
}

function preferredTerms(pod: Pod, kind: 'podAffinity' | 'podAntiAffinity'): { weight: number; term: Term }[] {
  const a = pod.spec.affinity?.[kind] as { preferredDuringSchedulingIgnoredDuringExecution?: WeightedTerm[] } | undefined;
  return (a?.preferredDuringSchedulingIgnoredDuringExecution ?? []).map((w) => ({ weight: w.weight, term: termOf(pod, w.podAffinityTerm) }));
}

function termOf(pod: Pod, t: PodAffinityTerm): Term {
  return requiredTermsOf(pod, [t])[0]!;
}

/** Whether a pod has any pod (anti-)affinity term, required or preferred (InterPodAffinity scores by them). */
export function hasPodAffinityTerms(pod: Pod): boolean {
  const a = pod.spec.affinity;
  return !!a && (a['podAffinity'] !== undefined || a['podAntiAffinity'] !== undefined);
}

/**
 * InterPodAffinity's Score: per topology pair, the weights of the incoming pod's preferred terms
 * that the placed pods there match (anti-affinity negative), plus, from each placed pod, the
 * weights of its preferred terms (and 1 for each required affinity term: hardPodAffinityWeight)
 * that the incoming pod matches; a node scores the sum over its labels. null when neither the pod
 * nor any placed pod has terms (PreScore's Skip).
 */
export function podAffinityScores(pod: Pod, placed: readonly PlacedNode[], feasible: readonly Node[], anyPlacedWithTerms: boolean): number[] | null {
  const prefAff = preferredTerms(pod, 'podAffinity');
  const prefAnti = preferredTerms(pod, 'podAntiAffinity');
  if (prefAff.length === 0 && prefAnti.length === 0 && !anyPlacedWithTerms) return null;
  const topology = new Map<string, number>();
  const add = (labels: Labels, key: string, w: number) => {
    if (!(key in labels)) return;
    const k = pair(key, labels[key]!);
    topology.set(k, (topology.get(k) ?? 0) + w);
  };
  for (const { node, pods } of placed) {
    const labels = node.metadata.labels ?? {};
    for (const p of pods) {
      if (p === pod) continue;
      for (const { weight, term } of prefAff) if (term.matches(p)) add(labels, term.topologyKey, weight);
      for (const { weight, term } of prefAnti) if (term.matches(p)) add(labels, term.topologyKey, -weight);
      if (!hasPodAffinityTerms(p)) continue;
      for (const t of requiredTerms(p, 'podAffinity')) if (t.matches(pod)) add(labels, t.topologyKey, 1);
      for (const { weight, term } of preferredTerms(p, 'podAffinity')) if (term.matches(pod)) add(labels, term.topologyKey, weight);
      for (const { weight, term } of preferredTerms(p, 'podAntiAffinity')) if (term.matches(pod)) add(labels, term.topologyKey, -weight);
    }
  }
  return feasible.map((n) => {
    let s = 0;
    const labels = n.metadata.labels ?? {};
    for (const k in labels) s += topology.get(pair(k, labels[k]!)) ?? 0;
    return s;
  });
}

/**
 * InterPodAffinity's NormalizeScore: scaled from the lowest (0) to the highest (100), in float64
 * as upstream: the fraction first, then times 100, truncated (29/50 gives 57, not 58). The other
 * normalizations (DefaultNormalizeScore, PodTopologySpread's) are integer arithmetic upstream.
 */
export function normalizePodAffinityScores(raw: readonly number[]): number[] {
  let min = Infinity;
  let max = -Infinity;
  for (const s of raw) {
    if (s < min) min = s;
    if (s > max) max = s;
  }
  const diff = max - min;
  return raw.map((s) => (diff > 0 ? Math.trunc(100 * ((s - min) / diff)) : 0));
}
