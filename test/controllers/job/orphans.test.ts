// The Job controller's orphan queue (job_controller.go addPod/updatePod and syncOrphanPod): which
// pods lose the batch.kubernetes.io/job-tracking finalizer, seen live and at a controller restart.
import { describe, expect, it } from 'vitest';
import type { OwnerReference, Pod } from '../../../src/api/types.ts';
import { JobTrackingFinalizer } from '../../../src/api/types.ts';
import { JobController } from '../../../src/controllers/job/controller.ts';
import { Lane } from '../../../src/core/kernel.ts';
import { makeJob, makePod, world } from '../../fixtures/world.ts';

type Owner = 'none' | 'non-controller-job' | 'gone-job' | 'replicaset';

const cases: Array<{ name: string; owner: Owner; kept: boolean }> = [
  // addPod: no ControllerRef at all, "it's an orphan. Clean the finalizer."
  { name: 'no owner reference', owner: 'none', kept: false },
  // GetControllerOf finds no controller: a plain reference does not make the pod the Job's
  { name: 'a non-controller reference to a live Job', owner: 'non-controller-job', kept: false },
  // syncOrphanPod: the controller Job is gone
  { name: 'a controller Job that is gone', owner: 'gone-job', kept: false },
  // addPod resolves the ControllerRef and stops; syncOrphanPod keeps pods of other kinds anyway
  { name: 'a controller of another kind', owner: 'replicaset', kept: true },
];

function ownerRefs(owner: Owner, liveJobUid: string): OwnerReference[] | undefined {
  switch (owner) {
    case 'none':
      return undefined;
    case 'non-controller-job':
      return [{ apiVersion: 'batch/v1', kind: 'Job', name: 'live', uid: liveJobUid }];
    case 'gone-job':
      return [{ apiVersion: 'batch/v1', kind: 'Job', name: 'gone', uid: '00000000-0000-4000-8000-00000000dead', controller: true }];
    case 'replicaset':
      return [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'rs', uid: '00000000-0000-4000-8000-00000000beef', controller: true }];
  }
}

/** creates a tracked pod with the given owner, live (controller up) or during an outage; returns whether it keeps the finalizer */
function keepsFinalizer(owner: Owner, restart: boolean): boolean {
  const { store, kernel } = world();
  const jc = new JobController(kernel, store);
  // a live Job the pod's labels do not match, so it never adopts the pod
  const live = makeJob('live', { selector: { matchLabels: { app: 'other' } } });
  live.spec.template.metadata = { labels: { app: 'other' } };
  store.create(live);
  if (restart) {
    jc.queue.setDown(true);
    jc.orphans.setDown(true);
  }
  const pod: Pod = makePod('p', {}, { labels: { app: 'mine' }, finalizers: [JobTrackingFinalizer], ownerReferences: ownerRefs(owner, live.metadata.uid) });
  kernel.at(kernel.startMs + 1_000, Lane.Input, () => store.create(pod));
  if (restart) {
    kernel.at(kernel.startMs + 10_000, Lane.Input, () => {
      jc.queue.setDown(false);
      jc.orphans.setDown(false);
    });
  }
  kernel.run(kernel.startMs + 20_000);
  // a pod the GC collects (its owner is gone) is removed only once its finalizers are
  const now = store.getByUid(pod.metadata.uid) as Pod | undefined;
  return now?.metadata.finalizers?.includes(JobTrackingFinalizer) ?? false;
}

describe('orphan pods lose the tracking finalizer (addPod, syncOrphanPod)', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.kept ? 'kept' : 'removed'} while the controller runs`, () => {
      expect(keepsFinalizer(c.owner, false)).toBe(c.kept);
    });
    it(`${c.name}: ${c.kept ? 'kept' : 'removed'} at the controller's return (its informers relist every pod)`, () => {
      expect(keepsFinalizer(c.owner, true)).toBe(c.kept);
    });
  }
});
