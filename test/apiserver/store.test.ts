import { describe, expect, it } from 'vitest';
import { Kernel, Lane } from '../../src/core/kernel.ts';
import { RngFactory } from '../../src/core/rng.ts';
import { invalidNamespaceOwnerRefMessage, ownerReferenceResolves, Store } from '../../src/apiserver/store.ts';
import { makeJob, makeNode, makePod, T0, world } from '../fixtures/world.ts';

describe('Store (the simulated API server)', () => {
  it('assigns uid, resourceVersion, creationTimestamp and a generateName suffix', () => {
    const { store, kernel } = world();
    kernel.at(kernel.startMs + 12_345, Lane.Input, () => undefined);
    kernel.run(Infinity, true);
    const p = makePod('', {}, { generateName: 'pi-' });
    const r = store.create(p);
    expect(r.ok).toBe(true);
    expect(p.metadata.name).toMatch(/^pi-[bcdfghjklmnpqrstvwxz2456789]{5}$/);
    expect(p.metadata.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(p.metadata.creationTimestamp).toBe('2026-01-01T00:00:12Z');
    expect(Number(p.metadata.resourceVersion)).toBeGreaterThan(0);
  });

  it('generateName: a base longer than 58 characters is cut, so the name stays within 63 (names.SimpleNameGenerator)', () => {
    const { store } = world();
    const long = makePod('', {}, { generateName: `${'a'.repeat(60)}-` });
    store.create(long);
    expect(long.metadata.name).toMatch(new RegExp(`^${'a'.repeat(58)}[bcdfghjklmnpqrstvwxz2456789]{5}$`));
    const exact = makePod('', {}, { generateName: `${'b'.repeat(57)}-` });
    store.create(exact);
    expect(exact.metadata.name).toMatch(new RegExp(`^${'b'.repeat(57)}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
  });

  it('same seed, same uids and names', () => {
    const names = () => {
      const { store } = world();
      return [1, 2, 3].map(() => {
        const p = makePod('', {}, { generateName: 'x-' });
        store.create(p);
        return `${p.metadata.name}/${p.metadata.uid}`;
      });
    };
    expect(names()).toEqual(names());
  });

  it('rejects a duplicate name with AlreadyExists', () => {
    const { store } = world();
    store.create(makePod('a'));
    const r = store.create(makePod('a'));
    expect(r.ok ? '' : r.reason).toBe('AlreadyExists');
  });

  it('admission adds the default not-ready/unreachable tolerations (300s) and priority 0', () => {
    const { store } = world();
    const p = makePod('a');
    store.create(p);
    expect(p.spec.tolerations).toEqual([
      { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
    ]);
    expect(p.spec.priority).toBe(0);
  });

  it('admission keeps a toleration that already covers the taint', () => {
    const { store } = world();
    const p = makePod('a', { tolerations: [{ operator: 'Exists' }] });
    store.create(p);
    expect(p.spec.tolerations).toEqual([{ operator: 'Exists' }]);
  });

  it('Job create: generated selector and labels, generation 1 (registry strategy)', () => {
    const { store } = world();
    const j = makeJob('pi');
    store.create(j);
    const uid = j.metadata.uid;
    expect(j.spec.selector).toEqual({ matchLabels: { 'batch.kubernetes.io/controller-uid': uid } });
    expect(j.spec.template.metadata?.labels).toEqual({ 'controller-uid': uid, 'batch.kubernetes.io/controller-uid': uid, 'job-name': 'pi', 'batch.kubernetes.io/job-name': 'pi' });
    expect(j.metadata.generation).toBe(1);
  });

  describe('Job create: jobStrategy.Validate through the validateJob port (the CronJob controller\'s Jobs are validated too)', () => {
    it.each<[string, string[], string | undefined]>([
      ['valid: created', [], undefined],
      ['one error: Job.batch "<name>" is invalid: <error>', ['metadata.name: Invalid value: "pi": x'], 'Job.batch "pi" is invalid: metadata.name: Invalid value: "pi": x'],
      ['two errors: the aggregate in brackets', ['a: Required value', 'b: Required value'], 'Job.batch "pi" is invalid: [a: Required value, b: Required value]'],
    ])('%s', (_n, errors, message) => {
      const kernel = new Kernel({ startMs: T0 });
      const seen: string[] = [];
      const store = new Store(kernel, new RngFactory(1).stream('uid'), new RngFactory(1).stream('names'), {
        keepHistory: true,
        validateJob: (j) => (seen.push(`${j.metadata.uid}|${j.spec.backoffLimit}|${j.spec.selector === undefined}`), errors),
      });
      const j = makeJob('pi');
      const r = store.create(j);
      // validated defaulted, with its uid, before generateSelector
      expect(seen).toEqual([`${j.metadata.uid}|6|true`]);
      if (message === undefined) expect(r.ok).toBe(true);
      else {
        expect(r).toEqual({ ok: false, reason: 'Invalid', message });
        expect(store.get('Job', 'default', 'pi')).toBeUndefined();
        expect(store.count('Job')).toBe(0);
      }
    });
  });

  it('an unscheduled pod is deleted at once; a running one gets deletionTimestamp = now + grace', () => {
    const { store } = world();
    const a = makePod('a');
    store.create(a);
    store.delete(a);
    expect(store.isLive(a)).toBe(false);
    const b = makePod('b', { nodeName: 'n1', terminationGracePeriodSeconds: 30 });
    store.create(b);
    b.status.phase = 'Running';
    store.delete(b);
    expect(store.isLive(b)).toBe(true);
    expect(b.metadata.deletionTimestamp).toBe('2026-01-01T00:00:30Z');
    expect(b.metadata.deletionGracePeriodSeconds).toBe(30);
    store.delete(b, { gracePeriodSeconds: 0 });
    expect(store.isLive(b)).toBe(false);
  });

  it('only the stored object itself is live: not a copy, not an object of another store, not after deletion; the mark never shows in JSON', () => {
    const { store } = world();
    const other = world().store;
    const p = makePod('a');
    store.create(p);
    expect(store.isLive(p)).toBe(true);
    expect(store.isLive({ ...p })).toBe(false);
    expect(store.isLive(JSON.parse(JSON.stringify(p)))).toBe(false);
    expect(other.isLive(p)).toBe(false);
    expect(Object.keys(p)).toEqual(['apiVersion', 'kind', 'metadata', 'spec', 'status']);
    expect(JSON.stringify(p)).not.toContain('storedIn');
    store.delete(p);
    expect(store.isLive(p)).toBe(false);
    // a write to an object no longer stored is ignored
    const rv = p.metadata.resourceVersion;
    store.update(p, (x) => (x.status.phase = 'Running'));
    expect(p.metadata.resourceVersion).toBe(rv);
  });

  it('markAsDeleting: a Job that stays (finalizers, foreground) gets generation + 1; one deleted at once keeps it', () => {
    const { store } = world();
    const held = makeJob('held');
    held.metadata.finalizers = ['example.com/keep'];
    store.create(held);
    store.delete(held);
    expect(held.metadata.generation).toBe(2);
    const fg = makeJob('fg');
    store.create(fg);
    store.delete(fg, { propagationPolicy: 'Foreground' });
    expect(fg.metadata.generation).toBe(2);
    const bg = makeJob('bg');
    store.create(bg);
    store.delete(bg);
    expect(bg.metadata.generation).toBe(1);
  });

  it('finalizers hold a deleted object until removed', () => {
    const { store } = world();
    const p = makePod('a', {}, { finalizers: ['batch.kubernetes.io/job-tracking'] });
    store.create(p);
    store.delete(p);
    expect(store.isLive(p)).toBe(true);
    expect(p.metadata.deletionTimestamp).toBeDefined();
    store.removeFinalizer(p, 'batch.kubernetes.io/job-tracking');
    expect(store.isLive(p)).toBe(false);
  });

  it('background propagation: the garbage collector deletes dependents after the owner', () => {
    const { store, kernel } = world();
    const j = makeJob('j');
    store.create(j);
    const p = makePod('p', {}, { ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: 'j', uid: j.metadata.uid, controller: true, blockOwnerDeletion: true }] });
    store.create(p);
    store.delete(j, { propagationPolicy: 'Background' });
    expect(store.isLive(j)).toBe(false);
    expect(store.isLive(p)).toBe(true);
    kernel.run(Infinity, true);
    expect(store.isLive(p)).toBe(false);
  });

  it('foreground propagation: the owner waits for its blocking dependents', () => {
    const { store, kernel } = world();
    const j = makeJob('j');
    store.create(j);
    const p = makePod('p', {}, { ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: 'j', uid: j.metadata.uid, controller: true, blockOwnerDeletion: true }] });
    store.create(p);
    store.delete(j, { propagationPolicy: 'Foreground' });
    expect(store.isLive(j)).toBe(true);
    expect(j.metadata.finalizers).toContain('foregroundDeletion');
    kernel.run(Infinity, true);
    expect(store.isLive(p)).toBe(false);
    expect(store.isLive(j)).toBe(false);
  });

  describe('ownerReferences changed by an update (graph_builder follows them)', () => {
    const ref = (o: { metadata: { name: string; uid: string } }) => ({ apiVersion: 'batch/v1', kind: 'Job', name: o.metadata.name, uid: o.metadata.uid, controller: true, blockOwnerDeletion: true });
    const setup = () => {
      const w = world();
      const a = makeJob('a');
      const b = makeJob('b');
      w.store.create(a);
      w.store.create(b);
      const p = makePod('p', {}, { ownerReferences: [ref(a)] });
      w.store.create(p);
      return { ...w, a, b, p };
    };
    it('moved to another owner: deleting the old owner leaves it, deleting the new one collects it', () => {
      const { store, kernel, a, b, p } = setup();
      store.update(p, (o) => (o.metadata = { ...o.metadata, ownerReferences: [ref(b)] }), { ownersMayChange: true });
      expect([...store.dependentsOf(a.metadata.uid)]).toEqual([]);
      expect([...store.dependentsOf(b.metadata.uid)]).toEqual([p]);
      store.delete(a, { propagationPolicy: 'Background' });
      kernel.run(Infinity, true);
      expect(store.isLive(p)).toBe(true);
      store.delete(b, { propagationPolicy: 'Background' });
      kernel.run(Infinity, true);
      expect(store.isLive(p)).toBe(false);
    });
    it('an owner in foreground deletion waiting for it finishes when the reference is removed', () => {
      const { store, kernel, a, p } = setup();
      store.setGarbageCollectorDown(true);
      store.delete(a, { propagationPolicy: 'Foreground' });
      kernel.run(Infinity, true);
      expect(store.isLive(a)).toBe(true);
      store.update(p, (o) => (o.metadata = { ...o.metadata, ownerReferences: undefined }), { ownersMayChange: true });
      store.setGarbageCollectorDown(false);
      kernel.run(Infinity, true);
      expect(store.isLive(a)).toBe(false);
      expect(store.isLive(p)).toBe(true);
    });
    // addUnblockedOwnersToDeleteQueue: a kept reference that was blocking and is no longer sends
    // the owner back to the collector, which ends its foreground deletion if nothing else blocks
    const unblockCases: Array<{ name: string; block: boolean | undefined; ownerGone: boolean }> = [
      { name: 'blockOwnerDeletion set to false', block: false, ownerGone: true },
      { name: 'blockOwnerDeletion dropped', block: undefined, ownerGone: true },
      { name: 'blockOwnerDeletion still true (another field changed)', block: true, ownerGone: false },
    ];
    for (const c of unblockCases) {
      it(`a dependent kept by its own finalizer, ${c.name}: the waiting owner ${c.ownerGone ? 'goes' : 'keeps waiting'}`, () => {
        const { store, kernel, a, p } = setup();
        store.update(p, (o) => (o.metadata = { ...o.metadata, finalizers: ['example.com/keep'] }));
        store.delete(a, { propagationPolicy: 'Foreground' });
        kernel.run(Infinity, true);
        expect([store.isLive(a), p.metadata.deletionTimestamp !== undefined]).toEqual([true, true]);
        const next = { ...ref(a), controller: false, blockOwnerDeletion: c.block };
        if (c.block === undefined) delete (next as { blockOwnerDeletion?: boolean }).blockOwnerDeletion;
        store.update(p, (o) => (o.metadata = { ...o.metadata, ownerReferences: [next] }), { ownersMayChange: true });
        kernel.run(Infinity, true);
        expect(store.isLive(a)).toBe(!c.ownerGone);
        expect(store.isLive(p)).toBe(true);
      });
    }
    it('a new reference to an object that does not exist is dangling: the dependent with no owner left is deleted', () => {
      const { store, kernel, p } = setup();
      store.update(p, (o) => (o.metadata = { ...o.metadata, ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: 'gone', uid: 'no-such-uid' }] }), { ownersMayChange: true });
      kernel.run(Infinity, true);
      expect(p.metadata.deletionTimestamp).toBeDefined();
    });
  });

  it('API errors name the group-qualified resource (jobs.batch, pods)', () => {
    const { store } = world();
    const j = makeJob('j');
    store.create(j);
    expect(store.create(makeJob('j'))).toMatchObject({ ok: false, reason: 'AlreadyExists', message: 'jobs.batch "j" already exists' });
    store.delete(j, { propagationPolicy: 'Background' });
    expect(store.delete(j, { propagationPolicy: 'Background' })).toMatchObject({ ok: false, reason: 'NotFound', message: 'jobs.batch "j" not found' });
    const p = makePod('p');
    store.create(p);
    expect(store.create(makePod('p'))).toMatchObject({ ok: false, message: 'pods "p" already exists' });
  });

  it('foreground propagation without dependents: marked with the finalizer first, removed by the collector a step later', () => {
    const { store, kernel } = world();
    const j = makeJob('j');
    store.create(j);
    store.delete(j, { propagationPolicy: 'Foreground' });
    expect(store.isLive(j)).toBe(true);
    expect(j.metadata.finalizers).toEqual(['foregroundDeletion']);
    expect(j.metadata.deletionTimestamp).toBeDefined();
    kernel.run(Infinity, true);
    expect(store.isLive(j)).toBe(false);
    expect(j.metadata.finalizers).toBeUndefined();
  });

  it('indexes pods by owner and by node', () => {
    const { store } = world();
    store.create(makeNode('n1'));
    const j = makeJob('j');
    store.create(j);
    const p = makePod('p', {}, { ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: 'j', uid: j.metadata.uid, controller: true }] });
    store.create(p);
    store.bind(p, 'n1');
    expect([...store.dependentsOf(j.metadata.uid)]).toEqual([p]);
    expect([...store.podsOnNodeNamed('n1')]).toEqual([p]);
    store.delete(p);
    store.delete(p, { gracePeriodSeconds: 0 });
    expect([...store.podsOnNodeNamed('n1')]).toEqual([]);
    expect([...store.dependentsOf(j.metadata.uid)]).toEqual([]);
  });

  it('counts created objects and events, and keeps deleted objects for the result', () => {
    const { store } = world();
    const p = makePod('a');
    store.create(p);
    store.recordEvent(p, 'Normal', 'Scheduled', 'x', 'default-scheduler');
    store.delete(p);
    expect(store.created).toEqual({ Pod: 1, Event: 1 });
    expect(store.allObjects()).toEqual([p]);
    expect(store.events[0]!.source).toEqual({ component: 'default-scheduler' });
  });
});

describe('owner references resolve by coordinates, not by uid alone (isDangling, ownerReferenceMatchesCoordinates)', () => {
  const job = { ...makeJob('cj'), kind: 'CronJob', metadata: { name: 'cj', namespace: 'a', uid: 'u-cj', creationTimestamp: '' } } as never;
  const node = { ...makeNode('n1'), metadata: { name: 'n1', uid: 'u-n1', creationTimestamp: '' } };
  const ref = (kind: string, name: string, uid: string) => ({ apiVersion: kind === 'Node' ? 'v1' : 'batch/v1', kind, name, uid });
  const cases: Array<{ name: string; ref: ReturnType<typeof ref>; owner: 'cj' | 'node' | 'none'; ns: string | undefined; resolves: boolean }> = [
    { name: 'same kind, name, uid and namespace', ref: ref('CronJob', 'cj', 'u-cj'), owner: 'cj', ns: 'a', resolves: true },
    { name: 'the uid of an object with another name', ref: ref('CronJob', 'other', 'u-cj'), owner: 'cj', ns: 'a', resolves: false },
    { name: 'the uid of an object of another kind', ref: ref('Job', 'cj', 'u-cj'), owner: 'cj', ns: 'a', resolves: false },
    { name: 'a namespaced owner in another namespace', ref: ref('CronJob', 'cj', 'u-cj'), owner: 'cj', ns: 'b', resolves: false },
    { name: 'a cluster-scoped owner, from any namespace', ref: ref('Node', 'n1', 'u-n1'), owner: 'node', ns: 'b', resolves: true },
    { name: 'no object with the uid', ref: ref('CronJob', 'cj', 'u-cj'), owner: 'none', ns: 'a', resolves: false },
  ];
  for (const c of cases) {
    it(`${c.name}: ${c.resolves ? 'solid' : 'dangling'}`, () => {
      const owner = c.owner === 'cj' ? job : c.owner === 'node' ? node : undefined;
      expect(ownerReferenceResolves(c.ref, owner, c.ns)).toBe(c.resolves);
    });
  }

  it('reportInvalidNamespaceOwnerRef: the message names the reference in the dependent\'s namespace', () => {
    expect(invalidNamespaceOwnerRefMessage(ref('CronJob', 'cj', 'u-cj'), 'b')).toBe('ownerRef [batch/v1/CronJob, namespace: b, name: cj, uid: u-cj] does not exist in namespace "b"');
  });

  /** a Job with one reference to Job `a` (namespace a) written as given; returns whether it was collected, and the events */
  function collected(mut: (r: { apiVersion: string; kind: string; name: string; uid: string }) => void, ns = 'a') {
    const { store, kernel } = world();
    const a = { ...makeJob('a'), metadata: { ...makeJob('a').metadata, namespace: 'a' } };
    store.create(a);
    const r = { apiVersion: 'batch/v1', kind: 'Job', name: 'a', uid: a.metadata.uid };
    mut(r);
    const x = { ...makeJob('x'), metadata: { ...makeJob('x').metadata, namespace: ns, ownerReferences: [r] } };
    store.create(x);
    kernel.run(Infinity, true);
    return { gone: !store.isLive(x), events: store.events.map((e) => [e.type, e.reason, e.involvedObject.name, e.involvedObject.resourceVersion, e.source.component]) };
  }
  it('a matching reference keeps the dependent', () => {
    expect(collected(() => undefined)).toEqual({ gone: false, events: [] });
  });
  it('a wrong name: deleted as dangling, without an event', () => {
    expect(collected((r) => (r.name = 'other'))).toEqual({ gone: true, events: [] });
  });
  it('another namespace: a Warning OwnerRefInvalidNamespace on the dependent (no resourceVersion), then deleted', () => {
    expect(collected(() => undefined, 'b')).toEqual({ gone: true, events: [['Warning', 'OwnerRefInvalidNamespace', 'x', undefined, 'garbage-collector-controller']] });
  });
});

describe('attemptToDeleteItem cycle guard: a dependent deleting its own dependents is unblocked first', () => {
  // a -> b -> c -> pod p (held by a finalizer), all references blocking; a is deleted in the foreground
  const cases = [
    { name: 'c already in foreground deletion: b\'s references turn non-blocking and a goes', cDeletingFirst: true, aGone: true, bBlocks: false },
    { name: 'c not deleting yet: b keeps blocking and a waits for the chain', cDeletingFirst: false, aGone: false, bBlocks: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { store, kernel } = world();
      const ref = (o: { metadata: { name: string; uid: string } }) => ({ apiVersion: 'batch/v1', kind: 'Job', name: o.metadata.name, uid: o.metadata.uid, blockOwnerDeletion: true });
      const a = makeJob('a');
      store.create(a);
      const b = { ...makeJob('b'), metadata: { ...makeJob('b').metadata, ownerReferences: [ref(a)] } };
      store.create(b);
      const cj = { ...makeJob('c'), metadata: { ...makeJob('c').metadata, ownerReferences: [ref(b)] } };
      store.create(cj);
      const p = makePod('p', {}, { finalizers: ['example.com/hold'], ownerReferences: [ref(cj)] });
      store.create(p);
      if (c.cDeletingFirst) {
        store.delete(cj, { propagationPolicy: 'Foreground' });
        kernel.run(Infinity, true);
      }
      store.delete(a, { propagationPolicy: 'Foreground' });
      kernel.run(Infinity, true);
      expect(store.isLive(a)).toBe(!c.aGone);
      expect(b.metadata.deletionTimestamp).toBeDefined();
      expect(b.metadata.ownerReferences![0]!.blockOwnerDeletion).toBe(c.bBlocks);
    });
  }
});

describe('a pod deleted with a propagation policy (deletionFinalizersForGarbageCollection holds for pods)', () => {
  // a Succeeded pod (grace 0) that owns Job w, whose own pod is held by a finalizer
  const cases: Array<{ name: string; policy?: 'Foreground' | 'Background' | 'Orphan'; finalizers: string[] | undefined; podKeptWhileW: boolean }> = [
    { name: 'Foreground: kept with foregroundDeletion while its dependent Job is there', policy: 'Foreground', finalizers: ['foregroundDeletion'], podKeptWhileW: true },
    { name: 'Background: gone at once, the dependent collected after', policy: 'Background', finalizers: undefined, podKeptWhileW: false },
    { name: 'Orphan: the dependent loses its reference and stays', policy: 'Orphan', finalizers: ['orphan'], podKeptWhileW: false },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { store, kernel } = world();
      const owner = makePod('owner');
      store.create(owner);
      store.update(owner, (o) => (o.status.phase = 'Succeeded'));
      const w = { ...makeJob('w'), metadata: { ...makeJob('w').metadata, ownerReferences: [{ apiVersion: 'v1', kind: 'Pod', name: 'owner', uid: owner.metadata.uid, blockOwnerDeletion: true }] } };
      store.create(w);
      const wp = makePod('wp', {}, { finalizers: ['example.com/hold'], ownerReferences: [{ apiVersion: 'batch/v1', kind: 'Job', name: 'w', uid: w.metadata.uid, controller: true, blockOwnerDeletion: true }] });
      store.create(wp);
      store.delete(owner, { propagationPolicy: c.policy });
      expect(owner.metadata.finalizers).toEqual(c.finalizers);
      kernel.run(Infinity, true);
      expect(store.isLive(owner)).toBe(c.podKeptWhileW);
      if (c.policy === 'Orphan') expect([store.isLive(w), w.metadata.ownerReferences]).toEqual([true, []]);
      if (c.policy === 'Foreground') {
        // w is deleted in the foreground behind it; once w's pod goes, w and then the owner pod go
        expect(w.metadata.finalizers).toEqual(['foregroundDeletion']);
        store.removeFinalizer(wp, 'example.com/hold');
        kernel.run(Infinity, true);
        expect([store.isLive(wp), store.isLive(w), store.isLive(owner)]).toEqual([false, false, false]);
      }
    });
  }
});

describe('an owner reference of a kind the REST mapper cannot resolve (restMappingError: retried, never classified)', () => {
  const cases = [
    { name: 'example.com/v1 Widget: never collected', apiVersion: 'example.com/v1', kind: 'Widget', gone: false },
    { name: 'v1 ConfigMap (built in, never simulated): dangling, collected', apiVersion: 'v1', kind: 'ConfigMap', gone: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { store, kernel } = world();
      const x = { ...makeJob('x'), metadata: { ...makeJob('x').metadata, ownerReferences: [{ apiVersion: c.apiVersion, kind: c.kind, name: 'o', uid: 'u-o' }] } };
      store.create(x);
      kernel.run(Infinity, true);
      expect(!store.isLive(x)).toBe(c.gone);
    });
  }
  it('a foreground owner waits forever for a blocking dependent that also names an unresolvable owner', () => {
    const { store, kernel } = world();
    const a = makeJob('a');
    store.create(a);
    const refs = [
      { apiVersion: 'batch/v1', kind: 'Job', name: 'a', uid: a.metadata.uid, blockOwnerDeletion: true },
      { apiVersion: 'example.com/v1', kind: 'Widget', name: 'o', uid: 'u-o' },
    ];
    const x = { ...makeJob('x'), metadata: { ...makeJob('x').metadata, ownerReferences: refs } };
    store.create(x);
    store.delete(a, { propagationPolicy: 'Foreground' });
    kernel.run(Infinity, true);
    expect([store.isLive(a), store.isLive(x), x.metadata.deletionTimestamp]).toEqual([true, true, undefined]);
  });
});
