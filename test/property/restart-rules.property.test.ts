// Restarts in place by a container's own restartPolicy and restartPolicyRules (ContainerRestartRules),
// end to end against a model: a pod of a `restartPolicy: Never` Job runs the exit codes in order
// (the last repeats) and restarts while ContainerShouldRestart says so. The seed is fixed
// (override with FC_SEED=<n>); a failure prints fast-check's seed and path.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Container, ContainerRestartRule, Job, Pod } from '../../src/api/types.ts';
import { simulate } from '../../src/index.ts';

const seed = Number(process.env['FC_SEED'] ?? 20261124);
const codes = fc.constantFrom(0, 1, 2, 42);
const rule: fc.Arbitrary<ContainerRestartRule> = fc.record({
  action: fc.constant('Restart' as const),
  exitCodes: fc.record({ operator: fc.constantFrom('In' as const, 'NotIn' as const), values: fc.uniqueArray(codes, { maxLength: 3 }) }),
});
/** the container's own policy and rules (rules only with a policy, as validation demands) */
const ownPolicy = fc.oneof(
  fc.constant({}),
  fc.record({ restartPolicy: fc.constantFrom('Never' as const, 'OnFailure' as const, 'Always' as const), restartPolicyRules: fc.array(rule, { maxLength: 2 }) }),
);

/** The model: the 0-based run at which the container stops for good (undefined past `max` runs). */
function stopsAt(c: Partial<Container>, exits: number[], max: number): number | undefined {
  for (let k = 0; k < max; k++) {
    const code = exits[Math.min(k, exits.length - 1)]!;
    const own = c.restartPolicy;
    let restart: boolean | undefined;
    for (const r of own ? (c.restartPolicyRules ?? []) : []) {
      const listed = r.exitCodes!.values!.includes(code);
      if ((r.exitCodes!.operator === 'In') === listed) {
        restart = true;
        break;
      }
    }
    restart ??= own === 'Always' ? true : own === 'OnFailure' ? code !== 0 : false;
    if (!restart) return k;
  }
  return undefined;
}

describe('ContainerRestartRules end to end', () => {
  it('the pod restarts in place exactly while the rules or policy say so; its last exit decides the pod and the Job', () => {
    fc.assert(
      fc.property(ownPolicy, fc.array(codes, { minLength: 1, maxLength: 5 }), (own, exits) => {
        const k = stopsAt(own, exits, 6);
        fc.pre(k !== undefined);
        const last = exits[Math.min(k!, exits.length - 1)]!;
        const r = simulate([
          {
            apiVersion: 'batch/v1',
            kind: 'Job',
            metadata: { name: 'j' },
            spec: {
              backoffLimit: 0,
              template: {
                metadata: { annotations: { 'jobsim/duration': '10s', 'jobsim/exit-codes': exits.join(',') } },
                spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'x', ...own }] },
              },
            },
          },
        ]);
        const pods = (r.items ?? []).filter((o): o is Pod => o.kind === 'Pod');
        const job = (r.items ?? []).find((o): o is Job => o.kind === 'Job')!;
        expect(pods).toHaveLength(1);
        const cs = pods[0]!.status.containerStatuses![0]!;
        expect(cs.restartCount).toBe(k);
        expect(cs.state.terminated?.exitCode).toBe(last);
        expect(pods[0]!.status.phase).toBe(last === 0 ? 'Succeeded' : 'Failed');
        // restarts in place never count against a Never template's backoffLimit of 0
        expect(job.status.conditions?.find((c) => c.status === 'True' && (c.type === 'Complete' || c.type === 'Failed'))?.type).toBe(last === 0 ? 'Complete' : 'Failed');
        expect(job.status.failed ?? 0).toBe(last === 0 ? 0 : 1);
        const restarts = (r.events ?? []).filter((e) => e.reason === 'Started').length - 1;
        expect(restarts).toBe(k);
      }),
      { seed, numRuns: 80 },
    );
  });
});
