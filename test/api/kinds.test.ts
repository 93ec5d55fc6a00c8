// The kinds the garbage collector's REST mapper resolves (apiResource): served built-ins only, no CRDs.
import { describe, expect, it } from 'vitest';
import { isServedKind } from '../../src/api/kinds.ts';

describe('isServedKind (the kinds a 1.33-1.35 API server serves by default)', () => {
  const cases: Array<[string, string, boolean, string]> = [
    ['batch/v1', 'Job', true, 'a simulated kind'],
    ['v1', 'ConfigMap', true, 'a built-in kind not simulated (an owner that is always absent)'],
    ['apps/v1', 'ReplicaSet', true, 'a built-in kind of a named group'],
    ['autoscaling/v2', 'HorizontalPodAutoscaler', true, 'any served version of a group'],
    ['example.com/v1', 'Widget', false, 'a custom resource: no CRDs in a simulation'],
    ['batch/v1beta1', 'CronJob', false, 'a version no longer served'],
    ['apps/v1', 'Job', false, 'a kind in the wrong group'],
    ['v1', 'Job', false, 'a group-qualified kind without its group'],
  ];
  for (const [apiVersion, kind, served, why] of cases) {
    it(`${apiVersion} ${kind}: ${served ? 'resolved' : 'unresolvable'} (${why})`, () => {
      expect(isServedKind(apiVersion, kind)).toBe(served);
    });
  }
});
