// Pod-level resources (PodLevelResources, beta and on in 1.34-1.35): which resources a pod may set.

import type { ResourceList } from './types.ts';

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
