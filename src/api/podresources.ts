// Pod-level resources (PodLevelResources, beta and on in 1.34-1.35): the API server's defaulting
// of a Pod's `spec.resources` (pkg/apis/core/v1/defaults.go, SetDefaults_Pod), pure: each function
// returns a new requirements object when it changes something, and the one it was given otherwise,
// so that the template the pod was made from, which shares that object, is never written.

import { addQuantities, compareQuantities, quantityError } from './quantity.ts';
import type { Container, ResourceList } from './types.ts';

export interface ResourceRequirements {
  requests?: ResourceList;
  limits?: ResourceList;
}

/** IsHugePageResourceName */
export const isHugePageResourceName = (name: string) => name.startsWith('hugepages-');

/** resourcehelper.IsSupportedPodLevelResource: cpu, memory and huge pages (since 1.33). */
export function isSupportedPodLevelResource(name: string): boolean {
  return name === 'cpu' || name === 'memory' || isHugePageResourceName(name);
}

/** SupportedPodLevelResources as validation lists them (sets.List: sorted; huge pages as their prefix). */
export const SupportedPodLevelResources: readonly string[] = ['cpu', 'hugepages-', 'memory'];

const isRestartable = (c: Container) => c.restartPolicy === 'Always';

/** addResourceList: adds each quantity to the list's own (a copy when the list has none). */
function addInto(into: Map<string, string | number>, list: ResourceList | undefined): void {
  if (!list) return;
  for (const [name, q] of Object.entries(list)) {
    if (q === undefined || quantityError(q) !== null) continue;
    const have = into.get(name);
    into.set(name, have === undefined ? q : addQuantities(have, q));
  }
}

/** maxResourceList: each resource raised to the other list's quantity where that is larger. */
function maxInto(into: Map<string, string | number>, list: Map<string, string | number>): void {
  for (const [name, q] of list) {
    const have = into.get(name);
    if (have === undefined || compareQuantities(q, have) > 0) into.set(name, q);
  }
}

/**
 * resourcehelper.AggregateContainerRequests / AggregateContainerLimits: the regular containers
 * summed; each sidecar (an init container with restartPolicy Always) added to that sum and to a
 * running sum of sidecars; each other init container counted with the sidecars before it; the sum
 * raised, resource by resource, to the largest init container's. A resource is in the result only
 * where some container lists it.
 */
export function aggregateContainerResources(containers: readonly Container[], initContainers: readonly Container[] | undefined, which: 'requests' | 'limits'): Map<string, string | number> {
  const sum = new Map<string, string | number>();
  for (const c of containers) addInto(sum, c.resources?.[which]);
  if (initContainers && initContainers.length > 0) {
    const sidecars = new Map<string, string | number>();
    const inits = new Map<string, string | number>();
    for (const c of initContainers) {
      const own = c.resources?.[which];
      if (isRestartable(c)) {
        addInto(sum, own);
        addInto(sidecars, own);
        maxInto(inits, sidecars);
      } else {
        const one = new Map(sidecars);
        addInto(one, own);
        maxInto(inits, one);
      }
    }
    maxInto(sum, inits);
  }
  return sum;
}

/**
 * defaultHugePagePodLimits: when the pod sets any pod-level request or limit, a huge-page size the
 * containers limit and the pod neither limits nor requests gets the containers' aggregate limit.
 */
export function defaultHugePagePodLimits(res: ResourceRequirements, containers: readonly Container[], initContainers: readonly Container[] | undefined): ResourceRequirements {
  const limits = res.limits ?? {};
  const requests = res.requests ?? {};
  if (Object.keys(limits).length === 0 && Object.keys(requests).length === 0) return res;
  let added: ResourceList | undefined;
  for (const [name, q] of aggregateContainerResources(containers, initContainers, 'limits')) {
    if (!isHugePageResourceName(name) || Object.hasOwn(requests, name) || Object.hasOwn(limits, name)) continue;
    (added ??= {})[name] = q as string;
  }
  return added ? { ...res, limits: { ...limits, ...added } } : res;
}

/**
 * defaultPodRequests, only when pod-level limits are set: a pod-level request missing for an
 * overcommittable resource (cpu, memory) the containers request becomes their aggregate request;
 * one still missing for a limited resource becomes the limit (huge pages always take this way).
 */
export function defaultPodRequests(res: ResourceRequirements, containers: readonly Container[], initContainers: readonly Container[] | undefined): ResourceRequirements {
  const limits = res.limits;
  if (!limits || Object.keys(limits).length === 0) return res;
  const requests = res.requests ?? {};
  let added: ResourceList | undefined;
  for (const [name, q] of aggregateContainerResources(containers, initContainers, 'requests')) {
    if ((name === 'cpu' || name === 'memory') && !Object.hasOwn(requests, name)) (added ??= {})[name] = q as string;
  }
  for (const [name, q] of Object.entries(limits)) {
    if (q === undefined || !isSupportedPodLevelResource(name) || Object.hasOwn(requests, name) || (added && Object.hasOwn(added, name))) continue;
    (added ??= {})[name] = q as string;
  }
  return added ? { ...res, requests: { ...requests, ...added } } : res;
}

/** SetDefaults_Pod's pod-level part, in its order: huge-page limits first, then the requests. */
export function defaultPodResources(res: ResourceRequirements, containers: readonly Container[], initContainers: readonly Container[] | undefined): ResourceRequirements {
  return defaultPodRequests(defaultHugePagePodLimits(res, containers, initContainers), containers, initContainers);
}
