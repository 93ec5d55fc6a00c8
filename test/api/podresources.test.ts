// SetDefaults_Pod's pod-level part (pkg/apis/core/v1/defaults.go, 1.34-1.35): tables of named cases.
import { describe, expect, it } from 'vitest';
import type { Container } from '../../src/api/types.ts';
import { aggregateContainerResources, defaultPodResources, type ResourceRequirements } from '../../src/api/podresources.ts';

const ctr = (name: string, requests?: Record<string, string>, limits?: Record<string, string>, sidecar = false): Container => ({
  name,
  resources: { ...(requests ? { requests } : {}), ...(limits ? { limits } : {}) },
  ...(sidecar ? { restartPolicy: 'Always' as const } : {}),
});

describe('defaultPodResources (defaultHugePagePodLimits, then defaultPodRequests)', () => {
  it.each<[string, ResourceRequirements, Container[], ResourceRequirements]>([
    ['no pod-level limits: nothing is defaulted', { requests: { cpu: '1' } }, [ctr('a', { cpu: '500m' })], { requests: { cpu: '1' } }],
    ['an empty stanza stays empty', {}, [ctr('a', { cpu: '500m' }, { cpu: '500m' })], {}],
    ['no container requests: the requests become the limits', { limits: { cpu: '2', memory: '1Gi' } }, [ctr('a')], { limits: { cpu: '2', memory: '1Gi' }, requests: { cpu: '2', memory: '1Gi' } }],
    ['a container request: the pod request is the aggregate, not the limit (KEP-2837 example 3)', { limits: { cpu: '2', memory: '1Gi' } }, [ctr('a', { cpu: '500m' })], { limits: { cpu: '2', memory: '1Gi' }, requests: { cpu: '500m', memory: '1Gi' } }],
    ['containers summed, in the first one\'s format (Quantity.Add)', { limits: { cpu: '1' } }, [ctr('a', { cpu: '600m' }), ctr('b', { cpu: '600m' })], { limits: { cpu: '1' }, requests: { cpu: '1200m' } }],
    ['a pod-level request that is set is kept', { requests: { cpu: '3' }, limits: { cpu: '4', memory: '1Gi' } }, [ctr('a', { cpu: '1', memory: '100Mi' })], { requests: { cpu: '3', memory: '100Mi' }, limits: { cpu: '4', memory: '1Gi' } }],
    ['only cpu and memory come from the aggregate (supported and overcommittable)', { limits: { cpu: '1' } }, [ctr('a', { 'ephemeral-storage': '1Gi', 'example.com/gpu': '1' }, { 'example.com/gpu': '1' })], { limits: { cpu: '1' }, requests: { cpu: '1' } }],
    ['sidecars and init containers aggregate as PodRequests does', { limits: { cpu: '8' } }, [ctr('a', { cpu: '1' })], { limits: { cpu: '8' }, requests: { cpu: '1' } }],
    ['container huge-page limits set the pod limit when any pod-level resource is set, then the request from it', { requests: { cpu: '1', memory: '2Gi' } }, [ctr('a', { cpu: '500m', memory: '1Gi', 'hugepages-2Mi': '100Mi' }, { 'hugepages-2Mi': '100Mi' })], { requests: { cpu: '1', memory: '2Gi', 'hugepages-2Mi': '100Mi' }, limits: { 'hugepages-2Mi': '100Mi' } }],
    ['huge pages the pod requests get no defaulted limit', { requests: { memory: '1Gi', 'hugepages-2Mi': '4Mi' } }, [ctr('a', { 'hugepages-2Mi': '2Mi' }, { 'hugepages-2Mi': '2Mi' })], { requests: { memory: '1Gi', 'hugepages-2Mi': '4Mi' } }],
  ])('%s', (_name, res, containers, want) => expect(defaultPodResources(res, containers, undefined)).toEqual(want));

  it('never writes the object it is given (the Job template shares it with its pods)', () => {
    const res: ResourceRequirements = { limits: { cpu: '2' } };
    const frozen = Object.freeze({ limits: Object.freeze({ ...res.limits }) });
    const out = defaultPodResources(frozen, [ctr('a')], undefined);
    expect(out).toEqual({ limits: { cpu: '2' }, requests: { cpu: '2' } });
    expect(frozen).toEqual({ limits: { cpu: '2' } });
  });

  it('returns the same object when there is nothing to default (no allocation)', () => {
    const res: ResourceRequirements = { requests: { cpu: '1' }, limits: { cpu: '1' } };
    expect(defaultPodResources(res, [ctr('a', { cpu: '1' })], undefined)).toBe(res);
  });
});

describe('aggregateContainerResources (AggregateContainerRequests / AggregateContainerLimits)', () => {
  it.each<[string, Container[], Container[] | undefined, Record<string, string>]>([
    ['regular containers summed', [ctr('a', { cpu: '500m', memory: '1Gi' }), ctr('b', { cpu: '700m', memory: '512Mi' })], undefined, { cpu: '1200m', memory: '1536Mi' }],
    ['an init container larger than the sum raises it', [ctr('a', { cpu: '1' })], [ctr('i', { cpu: '3' })], { cpu: '3' }],
    ['a sidecar adds to the sum and runs beside later init containers: max(1 + 1, 1 + 2)', [ctr('a', { cpu: '1' })], [ctr('s', { cpu: '1' }, undefined, true), ctr('i', { cpu: '2' })], { cpu: '3' }],
    ['a resource only an init container lists is in the result', [ctr('a', { cpu: '1' })], [ctr('i', { memory: '64Mi' })], { cpu: '1', memory: '64Mi' }],
  ])('%s', (_name, cs, inits, want) => expect(Object.fromEntries(aggregateContainerResources(cs, inits, 'requests'))).toEqual(want));
});
