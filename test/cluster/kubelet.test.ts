import { describe, expect, it } from 'vitest';
import { admittedStatus, containerShouldRestart, exitedBeforeRestart, pastActiveDeadline, readinessGateChanged, crashLoopBackoff, crashLoopEntryAtRestart, CrashLoopInitialMs, containerEnd, containerKill, hasPodInitialized, initializedContainerCount, kubeletAdmission, podOSAdmission, podReadyWhenContainersReady, preStopSleepMs, readinessForTerminalPhase, pullsImage, sidecarKillEnds, terminatePodDefaults } from '../../src/cluster/kubelet.ts';
import type { Condition, Container, ContainerStatus } from '../../src/api/types.ts';
import type { Node, Pod } from '../../src/api/types.ts';
import { makeNode, makePod } from '../fixtures/world.ts';

describe('kubelet crash-loop back-off (flowcontrol.Backoff in kuberuntime doBackOff)', () => {
  it('delays from each exit: 0, 10s, 20s, 40s, 80s, 160s, 300s, 300s', () => {
    let entry = 0;
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      const r = crashLoopBackoff(entry, 1000);
      delays.push(r.delayMs / 1000);
      entry = r.nextEntryMs;
    }
    expect(delays).toEqual([0, 10, 20, 40, 80, 160, 300, 300]);
  });
  it('an entry older than 2 × 5 min is reset: restart now, next delay 10s', () => {
    expect(crashLoopBackoff(160_000, 600_001)).toEqual({ delayMs: 0, nextEntryMs: CrashLoopInitialMs });
    expect(crashLoopBackoff(160_000, 600_000)).toEqual({ delayMs: 160_000, nextEntryMs: 300_000 });
  });
  it.each([
    ['a wait that ends within 10 min of the last restart keeps the doubled entry', 40_000, 600_000, 40_000],
    ['housekeeping GC removed the entry during the wait: Next starts again at 10s', 40_000, 600_001, CrashLoopInitialMs],
    ['GC during a 5-minute wait at the cap', 300_000, 900_000, CrashLoopInitialMs],
  ])('entry at the restart (Backoff.GC, 2 × max since lastUpdate): %s', (_name, entry, since, want) => {
    expect(crashLoopEntryAtRestart(entry, since)).toBe(want);
  });
});

describe('kubelet admission of a pod created bound (lifecycle.predicateAdmitHandler)', () => {
  const node = makeNode('n1', '2', '4Gi', 3, { zone: 'a' });
  const pod = (cpu: string, memory = '0', extra: Partial<Pod['spec']> = {}, phase: Pod['status']['phase'] = 'Pending'): Pod => {
    const p = makePod('p', { nodeName: 'n1', containers: [{ name: 'c', image: 'busybox', resources: { requests: { cpu, memory } } }], ...extra });
    p.status = { phase };
    return p;
  };
  const cases: Array<[string, Pod, Pod[], string | null, string?]> = [
    ['fits', pod('1'), [pod('500m')], null],
    ['InsufficientResourceError cpu: OutOfcpu with requested, used, capacity', pod('1'), [pod('1500m')], 'OutOfcpu', "Node didn't have enough resource: cpu, requested: 1000, used: 1500, capacity: 2000"],
    ['memory in bytes: OutOfmemory', pod('0', '3Gi'), [pod('0', '2Gi')], 'OutOfmemory', "Node didn't have enough resource: memory, requested: 3221225472, used: 2147483648, capacity: 4294967296"],
    ['the pod count comes first (fitsRequest order): OutOfpods', pod('3'), [pod('0'), pod('0'), pod('0')], 'OutOfpods', "Node didn't have enough resource: pods, requested: 1, used: 3, capacity: 3"],
    ['finished pods free their requests (GetActivePods)', pod('1'), [pod('1500m', '0', {}, 'Succeeded'), pod('1', '0', {}, 'Failed')], null],
    ['node affinity: Predicate NodeAffinity failed', pod('0', '0', { nodeSelector: { zone: 'b' } }), [], 'NodeAffinity', "Predicate NodeAffinity failed: node(s) didn't match Pod's node affinity/selector"],
    [
      'host ports (GeneralPredicates, nodeports.Fits): Predicate NodePorts failed',
      pod('0', '0', { containers: [{ name: 'c', image: 'x', ports: [{ containerPort: 80, hostPort: 80 }] }] }),
      [pod('0', '0', { containers: [{ name: 'o', image: 'x', ports: [{ containerPort: 80, hostPort: 80 }] }] })],
      'NodePorts',
      "Predicate NodePorts failed: node(s) didn't have free ports for the requested pod ports",
    ],
    ['a finished pod frees its host port', pod('0', '0', { containers: [{ name: 'c', image: 'x', ports: [{ containerPort: 80, hostPort: 80 }] }] }), [pod('0', '0', { containers: [{ name: 'o', image: 'x', ports: [{ containerPort: 80, hostPort: 80 }] }] }, 'Succeeded')], null],
  ];
  for (const [name, p, others, reason, message] of cases) {
    it(name, () => {
      const got = kubeletAdmission(p, node, others);
      if (reason === null) expect(got).toBeNull();
      else expect(got).toEqual({ reason, message });
    });
  }
  it('extended resources: whole units against the node allocatable (OutOf<name>); one the node does not list is dropped (removeMissingExtendedResources)', () => {
    const gpuPod = (n: string): Pod => {
      const p = makePod('g', { nodeName: 'n1', containers: [{ name: 'c', image: 'cuda', resources: { limits: { 'nvidia.com/gpu': n }, requests: { 'nvidia.com/gpu': n } } }] });
      p.status = { phase: 'Pending' };
      return p;
    };
    const gpuNode = { ...node, status: { ...node.status, allocatable: { ...node.status.allocatable, 'nvidia.com/gpu': '2' } } } as Node;
    expect(kubeletAdmission(gpuPod('1'), gpuNode, [gpuPod('1')])).toBeNull();
    expect(kubeletAdmission(gpuPod('2'), gpuNode, [gpuPod('1')])).toEqual({ reason: 'OutOfnvidia.com/gpu', message: "Node didn't have enough resource: nvidia.com/gpu, requested: 2, used: 1, capacity: 2" });
    expect(kubeletAdmission(gpuPod('1'), node, [])).toBeNull();
    // listed with 0 allocatable: found, so kept, and it does not fit
    const noGpus = { ...node, status: { ...node.status, allocatable: { ...node.status.allocatable, 'nvidia.com/gpu': '0' } } } as Node;
    expect(kubeletAdmission(gpuPod('1'), noGpus, [])).toEqual({ reason: 'OutOfnvidia.com/gpu', message: "Node didn't have enough resource: nvidia.com/gpu, requested: 1, used: 0, capacity: 0" });
  });
  it('huge pages are not extended resources: a node without them still refuses (OutOfhugepages-2Mi)', () => {
    const p = makePod('h', { nodeName: 'n1', containers: [{ name: 'c', image: 'x', resources: { requests: { cpu: '1', 'hugepages-2Mi': '4Mi' }, limits: { cpu: '1', 'hugepages-2Mi': '4Mi' } } }] });
    p.status = { phase: 'Pending' };
    expect(kubeletAdmission(p, node, [])?.reason).toBe('OutOfhugepages-2Mi');
  });
  describe('the OS checks come first, before any resource (rejectPodAdmissionBasedOnOSSelector, then rejectPodAdmissionBasedOnOSField)', () => {
    const osPod = (label: string | undefined, os: string | undefined, cpu = '0'): Pod => {
      const p = pod(cpu, '0', os !== undefined ? ({ os: { name: os } } as Partial<Pod['spec']>) : {});
      if (label !== undefined) p.metadata.labels = { ...p.metadata.labels, 'kubernetes.io/os': label };
      return p;
    };
    const selector = { reason: 'PodOSSelectorNodeLabelDoesNotMatch', message: "Failed to admit pod as the `kubernetes.io/os` label doesn't match node label" };
    const field = { reason: 'PodOSNotSupported', message: "Failed to admit pod as the OS field doesn't match node OS" };
    it.each<[string, Pod, object | null]>([
      ['no label, no os field: admitted', osPod(undefined, undefined), null],
      ['label linux, os linux: admitted', osPod('linux', 'linux'), null],
      ['label windows on a linux node: PodOSSelectorNodeLabelDoesNotMatch', osPod('windows', undefined), selector],
      ['os windows on a linux node: PodOSNotSupported', osPod(undefined, 'windows'), field],
      ['both wrong: the label is checked first', osPod('windows', 'windows'), selector],
      ['before the resources: a pod too big for the node still says its OS', osPod(undefined, 'windows', '8'), field],
    ])('%s', (_n, p, want) => {
      expect(podOSAdmission(p)).toEqual(want);
      expect(kubeletAdmission(p, node, [])).toEqual(want);
    });
  });
  it('only NoExecute taints refuse (the kubelet ignores NoSchedule)', () => {
    const tainted = (effect: 'NoSchedule' | 'NoExecute') => ({ ...node, spec: { taints: [{ key: 'k', effect }] } }) as Node;
    expect(kubeletAdmission(pod('0'), tainted('NoSchedule'), [])).toBeNull();
    expect(kubeletAdmission(pod('0'), tainted('NoExecute'), [])).toEqual({ reason: 'TaintToleration', message: "Predicate TaintToleration failed: node(s) had taints that the pod didn't tolerate" });
  });
});

describe('containerShouldRestart (ContainerShouldRestart, pkg/api/v1/pod/util.go)', () => {
  const c = (extra: Partial<Container> = {}): Container => ({ name: 'c', image: 'x', ...extra });
  const restartIn = (...values: number[]) => ({ action: 'Restart' as const, exitCodes: { operator: 'In' as const, values } });
  const restartNotIn = (...values: number[]) => ({ action: 'Restart' as const, exitCodes: { operator: 'NotIn' as const, values } });
  it.each<[string, Container, string, number, boolean]>([
    ['no policy of its own: the pod Never', c(), 'Never', 1, false],
    ['no policy of its own: the pod OnFailure, a failure', c(), 'OnFailure', 1, true],
    ['no policy of its own: the pod OnFailure, a success', c(), 'OnFailure', 0, false],
    ['its own OnFailure wins over the pod Never', c({ restartPolicy: 'OnFailure' }), 'Never', 1, true],
    ['its own Never wins over the pod OnFailure', c({ restartPolicy: 'Never' }), 'OnFailure', 1, false],
    ['its own Always restarts after a success', c({ restartPolicy: 'Always' }), 'Never', 0, true],
    ['a rule In matching: Restart, whatever the policy', c({ restartPolicy: 'Never', restartPolicyRules: [restartIn(42)] }), 'Never', 42, true],
    ['a rule In not matching: the policy', c({ restartPolicy: 'Never', restartPolicyRules: [restartIn(42)] }), 'Never', 1, false],
    ['a rule NotIn: restarts on any code not listed', c({ restartPolicy: 'Never', restartPolicyRules: [restartNotIn(0, 2)] }), 'Never', 3, true],
    ['a rule NotIn: a listed code falls to the policy', c({ restartPolicy: 'Never', restartPolicyRules: [restartNotIn(0, 2)] }), 'Never', 2, false],
    ['a rule may restart after a success', c({ restartPolicy: 'OnFailure', restartPolicyRules: [restartIn(0)] }), 'Never', 0, true],
    ['rules are read in order; a rule without exit codes is skipped', c({ restartPolicy: 'Never', restartPolicyRules: [{ action: 'Restart' }, restartIn(7)] }), 'Never', 7, true],
    ['rules without a policy of its own are not read (validation refuses them)', c({ restartPolicyRules: [restartIn(1)] }), 'Never', 1, false],
  ])('%s', (_name, container, podPolicy, exitCode, want) => expect(containerShouldRestart(container, podPolicy, exitCode)).toBe(want));
});

describe('preStopSleepMs (killContainer: the preStop sleep hook before SIGTERM, within the grace period)', () => {
  const pod = (grace: number | undefined, deletionGrace: number | undefined) => ({ metadata: { name: 'p', ...(deletionGrace !== undefined ? { deletionGracePeriodSeconds: deletionGrace } : {}) }, spec: { ...(grace !== undefined ? { terminationGracePeriodSeconds: grace } : {}), containers: [] } }) as unknown as Parameters<typeof preStopSleepMs>[0];
  const c = (seconds?: number): Container => ({ name: 'c', ...(seconds !== undefined ? { lifecycle: { preStop: { sleep: { seconds } } } } : {}) });
  it.each<[string, number | undefined, number | undefined, Container[], number]>([
    ['no hook: nothing to wait for', undefined, undefined, [c()], 0],
    ['a 20s sleep within the default 30s grace', undefined, undefined, [c(20)], 20_000],
    ['cut to the grace period of the deletion', 30, 5, [c(20)], 5_000],
    ['cut to the pod grace period', 10, undefined, [c(20)], 10_000],
    ['containers are killed in parallel: the longest hook', undefined, undefined, [c(5), c(12), c()], 12_000],
    ['a zero sleep (PodLifecycleSleepActionAllowZero) holds nothing', undefined, undefined, [c(0)], 0],
  ])('%s', (_n, grace, deletionGrace, containers, want) => expect(preStopSleepMs(pod(grace, deletionGrace), containers)).toBe(want));
});

describe('containerKill (killContainer: preStop sleep, SIGTERM, then SIGKILL when what is left of the grace period, at least 2s, ends)', () => {
  const pod = (grace: number | undefined, deletionGrace?: number) => ({ metadata: { name: 'p', ...(deletionGrace !== undefined ? { deletionGracePeriodSeconds: deletionGrace } : {}) }, spec: { ...(grace !== undefined ? { terminationGracePeriodSeconds: grace } : {}), containers: [] } }) as unknown as Parameters<typeof containerKill>[0];
  const c = (seconds?: number): Container => ({ name: 'c', ...(seconds !== undefined ? { lifecycle: { preStop: { sleep: { seconds } } } } : {}) });
  it.each<[string, number | undefined, number | undefined, Container, number | 'ignore', number, number]>([
    ['exits at once on SIGTERM (the default): 143 now', undefined, undefined, c(), 0, 0, 143],
    ['exits 5s after SIGTERM, within the 30s window', undefined, undefined, c(), 5_000, 5_000, 143],
    ['ignores SIGTERM: SIGKILL at the end of the 30s grace period', undefined, undefined, c(), 'ignore', 30_000, 137],
    ['takes longer than the window: SIGKILL at its end', 10, undefined, c(), 15_000, 10_000, 137],
    ['exactly the window: the SIGKILL comes first', 10, undefined, c(), 10_000, 10_000, 137],
    ['the deletion grace period wins over the pod spec', 60, 3, c(), 'ignore', 3_000, 137],
    ['a 20s hook leaves a 10s window of the 30s', undefined, undefined, c(20), 'ignore', 30_000, 137],
    ['a 20s hook, then a 4s shutdown within the window', undefined, undefined, c(20), 4_000, 24_000, 143],
    ['minimumGracePeriodInSeconds: a grace of 1s still gives 2s', 1, undefined, c(), 'ignore', 2_000, 137],
    ['a hook that uses the whole grace period leaves the minimal 2s window', 30, undefined, c(40), 'ignore', 32_000, 137],
  ])('%s', (_n, grace, deletionGrace, container, onSigterm, afterMs, exitCode) => expect(containerKill(pod(grace, deletionGrace), container, onSigterm)).toMatchObject({ afterMs, exitCode }));
});

describe('containerEnd (a container being killed runs on: its own end may come first)', () => {
  it.each<[string, { hookMs: number; afterMs: number; exitCode: number }, number, number, { endMs: number; exitCode: number; reason: string; returnMs: number }]>([
    ['killed before its work ends', { hookMs: 0, afterMs: 30_000, exitCode: 137 }, 60_000, 0, { endMs: 30_000, exitCode: 137, reason: 'Error', returnMs: 30_000 }],
    ['its work ends within the stop window: its own code, then', { hookMs: 0, afterMs: 30_000, exitCode: 137 }, 10_000, 0, { endMs: 10_000, exitCode: 0, reason: 'Completed', returnMs: 10_000 }],
    ['it ends during its preStop sleep: reported when the hook returns', { hookMs: 55_000, afterMs: 55_000, exitCode: 143 }, 20_000, 3, { endMs: 20_000, exitCode: 3, reason: 'Error', returnMs: 55_000 }],
    ['the same instant: the kill wins', { hookMs: 0, afterMs: 0, exitCode: 143 }, 0, 0, { endMs: 0, exitCode: 143, reason: 'Error', returnMs: 0 }],
  ])('%s', (_n, kill, naturalMs, code, want) => expect(containerEnd(kill, naturalMs, code)).toEqual(want));
});

describe('sidecarKillEnds (killContainer per sidecar: its preStop hook, then its turn from newTerminationOrdering, bounded by the grace left)', () => {
  const sidecar = (name: string, hook?: number): Container => ({ name, image: 'x', restartPolicy: 'Always', ...(hook !== undefined ? { lifecycle: { preStop: { sleep: { seconds: hook } } } } : {}) });
  const init: Container = { name: 'setup', image: 'x' };
  const pod = (inits: Container[], grace?: number) => ({ metadata: { name: 'p' }, spec: { ...(grace !== undefined ? { terminationGracePeriodSeconds: grace } : {}), initContainers: inits, containers: [{ name: 'main', image: 'x' }] } }) as unknown as Parameters<typeof sidecarKillEnds>[0];
  const a = sidecar('a');
  const b5 = sidecar('b', 5);
  const a20 = sidecar('a', 20);
  const c = sidecar('c');
  it.each<[string, Container[], string[], number | undefined, number, Record<string, number>]>([
    ['no hook, regular containers gone: SIGTERM at once', [a], ['a'], undefined, 0, { a: 0 }],
    ['waits for the regular containers (their killContainer returns at 30s)', [a], ['a'], undefined, 30_000, { a: 30_000 }],
    ['its own 5s hook, the regular containers already gone', [b5], ['b'], undefined, 0, { b: 5_000 }],
    ['the hook and the wait run one after the other, the wait from the start', [b5], ['b'], undefined, 3_000, { b: 5_000 }],
    ['waits for the sidecar declared after it (the last declared stops first)', [a, b5], ['a', 'b'], undefined, 0, { a: 5_000, b: 5_000 }],
    ['a chain of three: each waits for the next', [a, b5, c], ['a', 'b', 'c'], undefined, 2_000, { c: 2_000, b: 5_000, a: 5_000 }],
    ['a later sidecar not running is no prerequisite, nor are those after it', [a, b5, c], ['a', 'c'], undefined, 0, { c: 0, a: 0 }],
    ['a plain init container between them breaks nothing', [a, init, b5], ['a', 'b'], undefined, 0, { a: 5_000, b: 5_000 }],
    ['the wait ends with the grace period (waitForTurn\'s timer)', [a], ['a'], 10, 40_000, { a: 10_000 }],
    ['a hook that takes the whole grace leaves no wait', [a20, b5], ['a', 'b'], 10, 30_000, { b: 10_000, a: 10_000 }],
    ['a longer hook than the turn: its hook decides', [a20, b5], ['a', 'b'], undefined, 0, { b: 5_000, a: 20_000 }],
    ['grace 0 (a forced delete): neither hook nor wait', [a, b5], ['a', 'b'], 0, 30_000, { b: 0, a: 0 }],
  ])('%s', (_n, inits, running, grace, regularReturnMs, want) => {
    const p = pod(inits, grace);
    expect(Object.fromEntries(sidecarKillEnds(p, inits.filter((x) => running.includes(x.name)), regularReturnMs))).toEqual(want);
  });
});

describe('pullsImage (image_manager.go shouldPullImage: with a pull latency, which containers pull)', () => {
  it.each<[string, string | undefined, boolean]>([
    ['Never: shouldPullImage is false whatever the image\'s presence', 'Never', false],
    ['IfNotPresent: pulled (no per-node image cache here)', 'IfNotPresent', true],
    ['Always: pulled', 'Always', true],
    ['no policy (defaulting left it unset): as IfNotPresent', undefined, true],
  ])('%s', (_n, policy, want) => expect(pullsImage({ name: 'c', image: 'x', ...(policy !== undefined ? { imagePullPolicy: policy } : {}) })).toBe(want));
});

describe('readinessForTerminalPhase (mergePodStatus: a terminal generated phase makes Ready/ContainersReady False; a pod past its deadline)', () => {
  const T0 = '2026-01-01T00:00:00Z';
  const NOW = '2026-01-01T00:00:30Z';
  const cond = (type: string, status: 'True' | 'False', reason?: string): Condition => ({ type, status, lastProbeTime: null, lastTransitionTime: T0, reason, message: undefined, observedGeneration: undefined });
  const view = (cs: Condition[]) => cs.map((c) => `${c.type}=${c.status}/${c.reason ?? ''}@${c.lastTransitionTime === NOW ? 'now' : 't0'}`);
  it.each<[string, Condition[], 'Failed' | 'Succeeded', string[]]>([
    ['ready containers, Failed (ShouldEvict): both False, PodFailed, now', [cond('Ready', 'True'), cond('ContainersReady', 'True')], 'Failed', ['Ready=False/PodFailed@now', 'ContainersReady=False/PodFailed@now']],
    ['Succeeded: PodCompleted', [cond('Ready', 'True'), cond('ContainersReady', 'True')], 'Succeeded', ['Ready=False/PodCompleted@now', 'ContainersReady=False/PodCompleted@now']],
    ['a readiness gate held Ready False, ContainersReady True: both rewritten', [cond('Ready', 'False', 'ReadinessGatesNotReady'), cond('ContainersReady', 'True')], 'Failed', ['Ready=False/PodFailed@t0', 'ContainersReady=False/PodFailed@now']],
    ['already not ready: left as they are', [cond('Ready', 'False', 'ContainersNotReady'), cond('ContainersReady', 'False', 'ContainersNotReady')], 'Failed', ['Ready=False/ContainersNotReady@t0', 'ContainersReady=False/ContainersNotReady@t0']],
    ['other conditions untouched', [cond('Initialized', 'True'), cond('Ready', 'True'), cond('ContainersReady', 'True')], 'Failed', ['Initialized=True/@t0', 'Ready=False/PodFailed@now', 'ContainersReady=False/PodFailed@now']],
  ])('%s', (_n, conds, phase, want) => {
    readinessForTerminalPhase(conds, phase, NOW);
    expect(view(conds)).toEqual(want);
  });
});

describe('hasPodInitialized (status_manager.go: whether TerminatePod defaults the regular containers)', () => {
  const waiting = (name: string, last?: number): ContainerStatus => ({ name, ready: false, restartCount: 0, state: { waiting: { reason: 'PodInitializing' } }, ...(last !== undefined ? { lastState: { terminated: { exitCode: last } } } : {}) });
  const done = (name: string, exitCode: number): ContainerStatus => ({ name, ready: false, restartCount: 0, state: { terminated: { exitCode } } });
  const running = (name: string, started: boolean): ContainerStatus => ({ name, ready: started, started, restartCount: 0, state: { running: {} } });
  const pod = (inits: Container[], initStatuses: ContainerStatus[], statuses: ContainerStatus[]): Pod => {
    const p = makePod('p', { initContainers: inits });
    p.status.initContainerStatuses = initStatuses;
    p.status.containerStatuses = statuses;
    return p;
  };
  const init = (name: string, restartPolicy?: 'Always'): Container => ({ name, image: 'x', ...(restartPolicy ? { restartPolicy } : {}) });
  it.each<[string, Pod, boolean]>([
    ['no init containers: always initialized', pod([], [], [waiting('c')]), true],
    ['every container waiting, the last init container too', pod([init('setup'), init('warm')], [waiting('setup'), waiting('warm')], [waiting('c')]), false],
    ['a regular container left waiting', pod([init('setup')], [waiting('setup')], [running('c', true)]), true],
    ['a regular container waiting with a last termination', pod([init('setup')], [waiting('setup')], [waiting('c', 1)]), true],
    ['the last init container completed with 0', pod([init('setup'), init('warm')], [done('setup', 0), done('warm', 0)], [waiting('c')]), true],
    ['the last init container failed', pod([init('setup'), init('warm')], [done('setup', 0), done('warm', 1)], [waiting('c')]), false],
    ['the last init container completed with 0 before, waiting now', pod([init('setup')], [waiting('setup', 0)], [waiting('c')]), true],
    ['a sidecar last: running and started', pod([init('setup'), init('proxy', 'Always')], [done('setup', 0), running('proxy', true)], [waiting('c')]), true],
    ['a sidecar last: running, not started', pod([init('setup'), init('proxy', 'Always')], [done('setup', 0), running('proxy', false)], [waiting('c')]), false],
  ])('%s', (_n, p, want) => expect(hasPodInitialized(p)).toBe(want));
});

describe('initializedContainerCount (status_manager.go initializedContainers: the init containers that tried to start)', () => {
  const w = (last?: number): ContainerStatus => ({ name: 'i', ready: false, restartCount: 0, state: { waiting: {} }, ...(last !== undefined ? { lastState: { terminated: { exitCode: last } } } : {}) });
  const t: ContainerStatus = { name: 'i', ready: false, restartCount: 0, state: { terminated: { exitCode: 0 } } };
  const r: ContainerStatus = { name: 'i', ready: true, restartCount: 0, state: { running: {} } };
  it.each<[string, ContainerStatus[], number]>([
    ['no init containers', [], 0],
    ['all waiting: the first one all the same', [w(), w(), w()], 1],
    ['completed, then waiting: the completed one', [t, w()], 1],
    ['the trailing waiting ones are left out', [t, t, w(), w()], 2],
    ['a gap: up to the last that tried', [w(), t, w()], 2],
    ['waiting with a last termination has tried', [w(), w(1)], 2],
    ['a running sidecar has tried', [t, r], 2],
  ])('%s', (_n, statuses, want) => expect(initializedContainerCount(statuses)).toBe(want));
});

describe('terminatePodDefaults (TerminatePod: defaults for containers with no termination; TestTerminatePod_DefaultUnknownStatus)', () => {
  const unknown = { terminated: { exitCode: 137, reason: 'ContainerStatusUnknown', message: 'The container could not be located when the pod was terminated' } };
  const wait = { waiting: { reason: 'PodInitializing' } };
  const cs = (name: string, state: ContainerStatus['state']): ContainerStatus => ({ name, ready: false, restartCount: 0, state });
  const run = (inits: string[], initStates: ContainerStatus['state'][], states: ContainerStatus['state'][]) => {
    const p = makePod('p', inits.length > 0 ? { initContainers: inits.map((name) => ({ name, image: 'x' })) } : {});
    if (inits.length > 0) p.status.initContainerStatuses = inits.map((n, i) => cs(n, initStates[i]!));
    p.status.containerStatuses = states.map((s, i) => cs(`c${i}`, s));
    terminatePodDefaults(p);
    return { init: (p.status.initContainerStatuses ?? []).map((x) => x.state), containers: p.status.containerStatuses.map((x) => x.state) };
  };
  it.each<[string, string[], ContainerStatus['state'][], ContainerStatus['state'][], { init: ContainerStatus['state'][]; containers: ContainerStatus['state'][] }]>([
    ['no init containers: a waiting container is unknown', [], [], [{ waiting: { reason: 'ContainerCreating' } }], { init: [], containers: [unknown] }],
    ['a terminated container keeps its end', [], [], [{ terminated: { exitCode: 1, reason: 'Error' } }], { init: [], containers: [{ terminated: { exitCode: 1, reason: 'Error' } }] }],
    ['uninitialized pod defaults the first init container', ['init-0'], [wait], [wait], { init: [unknown], containers: [wait] }],
    ['uninitialized pod defaults only the first init container', ['init-0', 'init-1'], [wait, wait], [wait], { init: [unknown, wait], containers: [wait] }],
    ['uninitialized pod defaults gaps', ['init-0', 'init-1', 'init-2'], [wait, { terminated: { exitCode: 1 } }, wait], [wait], { init: [unknown, { terminated: { exitCode: 1 } }, wait], containers: [wait] }],
    ['initialized pod (init containers completed) defaults the regular containers', ['init-0'], [{ terminated: { exitCode: 0 } }], [wait], { init: [{ terminated: { exitCode: 0 } }], containers: [unknown] }],
  ])('%s', (_n, inits, initStates, states, want) => expect(run(inits, initStates, states)).toEqual(want));
});

describe('podReadyWhenContainersReady (GeneratePodReadyCondition with ContainersReady True: the readiness gates)', () => {
  const cond = (type: string, status: 'True' | 'False' | 'Unknown'): Condition => ({ type, status, lastTransitionTime: '2025-01-01T00:00:00Z' });
  const gates = (...types: string[]) => types.map((conditionType) => ({ conditionType }));
  it.each<[string, ReturnType<typeof gates> | undefined, Condition[], ReturnType<typeof podReadyWhenContainersReady>]>([
    ['no readiness gates: Ready', undefined, [], { status: 'True' }],
    ['a gate whose condition does not exist', gates('example.com/a'), [cond('Initialized', 'True')], { status: 'False', reason: 'ReadinessGatesNotReady', message: 'corresponding condition of pod readiness gate "example.com/a" does not exist.' }],
    ['two unmet gates: the sentences joined by ", "', gates('example.com/a', 'example.com/b'), [], { status: 'False', reason: 'ReadinessGatesNotReady', message: 'corresponding condition of pod readiness gate "example.com/a" does not exist., corresponding condition of pod readiness gate "example.com/b" does not exist.' }],
    ['a gate whose condition is False', gates('example.com/a'), [cond('example.com/a', 'False')], { status: 'False', reason: 'ReadinessGatesNotReady', message: 'the status of pod readiness gate "example.com/a" is not "True", but False' }],
    ['a gate whose condition is True', gates('example.com/a'), [cond('example.com/a', 'True')], { status: 'True' }],
    ['one met, one not: only the unmet one is named', gates('example.com/a', 'example.com/b'), [cond('example.com/a', 'True'), cond('example.com/b', 'Unknown')], { status: 'False', reason: 'ReadinessGatesNotReady', message: 'the status of pod readiness gate "example.com/b" is not "True", but Unknown' }],
    ['a gate on a condition the kubelet generates before Ready (Initialized)', gates('Initialized'), [cond('Initialized', 'True')], { status: 'True' }],
    ['a gate on PodScheduled: generated after Ready, so not there yet', gates('PodScheduled'), [cond('PodScheduled', 'True')], { status: 'False', reason: 'ReadinessGatesNotReady', message: 'corresponding condition of pod readiness gate "PodScheduled" does not exist.' }],
  ])('%s', (_n, g, conds, want) => expect(podReadyWhenContainersReady(g, conds)).toEqual(want));
});

describe('admittedStatus (the status SyncPod writes before the runtime SyncPod: PodReadyToStartContainers, 1.33-1.35)', () => {
  const now = '2026-01-01T00:00:00Z';
  const scheduled = (): Condition => ({ type: 'PodScheduled', status: 'True', lastTransitionTime: now });
  it.each<[string, Partial<Pod['spec']>, boolean, string]>([
    ['an image pull or start to wait for: no sandbox in the runtime status yet (GeneratePodReadyToStartContainersCondition False)', {}, false, 'False'],
    ['with init containers, the same: the first SyncPod creates the sandbox, then pulls and starts the first', { initContainers: [{ name: 'setup', image: 'busybox' }] }, false, 'False'],
    ['nothing to wait for: the first SyncPod returned at once, the sandbox shows (True)', {}, true, 'True'],
    ['nothing to wait for, with init containers', { initContainers: [{ name: 'setup', image: 'busybox' }] }, true, 'True'],
  ])('%s', (_n, spec, sandboxReady, want) => {
    const p = makePod('p', spec);
    p.status.conditions = [scheduled()];
    admittedStatus(p, now, undefined, sandboxReady);
    const c = p.status.conditions.find((x) => x.type === 'PodReadyToStartContainers');
    expect([c?.status, c?.lastTransitionTime]).toEqual([want, now]);
    // generateAPIPodStatus order: the kubelet's own conditions, PodReadyToStartContainers first, PodScheduled last
    expect(p.status.conditions.map((x) => x.type)).toEqual(['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled']);
  });
});

describe('exitedBeforeRestart (convertToAPIContainerStatuses: newest dead instance, second newest, reason cache)', () => {
  const run = (from: number, to: number, exitCode = 1): ContainerStatus['state'] => ({ terminated: { exitCode, reason: 'Error', startedAt: `t${from}`, finishedAt: `t${to}` } });
  const backOff = { reason: 'CrashLoopBackOff', message: 'back-off 10s restarting failed container=c pod=p_default(u)' };
  it.each<[string, ContainerStatus['lastState'], ContainerStatus['state'], typeof backOff | undefined, ReturnType<typeof exitedBeforeRestart>]>([
    ['first restart, no back-off entry: one dead instance, no reason cached (lastState stays empty)', undefined, run(3, 13), undefined, { state: run(3, 13), lastState: undefined }],
    ['restart after a reset entry: the run before is the second dead instance', run(0, 10), run(700, 710), undefined, { state: run(700, 710), lastState: run(0, 10) }],
    ['back-off: the reason cache makes it wait, the newest dead instance as lastState', run(0, 10), run(10, 20), backOff, { state: { waiting: backOff }, lastState: run(10, 20) }],
  ])('%s', (_n, last, terminated, waiting, want) => expect(exitedBeforeRestart(last, terminated, waiting)).toEqual(want));
});

describe('pastActiveDeadline (active_deadline.go: ShouldEvict on every status generateAPIPodStatus makes)', () => {
  it.each<[string, number | undefined, number, boolean]>([
    ['no activeDeadlineSeconds: never', undefined, 1e9, false],
    ['before the deadline', 20_000, 19_999, false],
    ['at the deadline (duration >= allowed)', 20_000, 20_000, true],
    ['a kill that ends after it (a deletion, the sidecars\' stop): no phase or deletion check', 20_000, 35_000, true],
  ])('%s', (_n, deadlineAtMs, statusMs, want) => expect(pastActiveDeadline(deadlineAtMs, statusMs)).toBe(want));
});

describe('readinessGateChanged (SyncTerminatingPod: the status before the kill regenerates Ready, GeneratePodReadyCondition)', () => {
  const t = '2026-01-01T00:00:00Z';
  const c = (type: string, status: 'True' | 'False', reason?: string, message?: string): Condition => ({ type, status, lastTransitionTime: t, reason, message });
  const unmet = 'corresponding condition of pod readiness gate "DisruptionTarget" does not exist.';
  const pod = (gates: string[] | undefined, conds: Condition[]): Pod => {
    const p = makePod('p', gates ? { readinessGates: gates.map((conditionType) => ({ conditionType })) } : {});
    p.status.conditions = conds;
    return p;
  };
  it.each<[string, Pod, boolean]>([
    ['no readiness gates: Ready follows the containers alone', pod(undefined, [c('Ready', 'True'), c('ContainersReady', 'True')]), false],
    ['the gate\'s condition was added (an eviction\'s DisruptionTarget): Ready turns True', pod(['DisruptionTarget'], [c('DisruptionTarget', 'True', 'EvictionByEvictionAPI'), c('Ready', 'False', 'ReadinessGatesNotReady', unmet), c('ContainersReady', 'True')]), true],
    ['the gate still unmet (a deletion without the condition): nothing to write', pod(['DisruptionTarget'], [c('Ready', 'False', 'ReadinessGatesNotReady', unmet), c('ContainersReady', 'True')]), false],
    ['containers not ready: Ready is False whatever the gates', pod(['DisruptionTarget'], [c('DisruptionTarget', 'True'), c('Ready', 'False', 'ContainersNotReady'), c('ContainersReady', 'False', 'ContainersNotReady')]), false],
  ])('%s', (_n, p, want) => expect(readinessGateChanged(p)).toBe(want));
});
