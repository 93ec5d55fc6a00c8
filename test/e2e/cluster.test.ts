// End-to-end cluster scenarios: node failure and taint-based eviction (reference
// cronjob-and-friends.md §5), capacity queueing, node deletion and the pod GC.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Node } from '../../src/api/types.ts';
import { simulate } from '../../src/index.ts';
import { renderText } from '../../src/report/text.ts';
import { jobYaml, simYaml, view } from '../fixtures/result.ts';

const cluster = (faults = '') => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: nodes }
spec:
  seed: 3
  duration: 30m
  cluster:
    nodePools:
    - { name: worker, count: 3, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
${faults}
---
`;

describe('node failure (kubelet stops answering)', () => {
  const job = (extra = '') => jobYaml('etl', `completions: 2\nparallelism: 2\nbackoffLimit: 6${extra}`, { duration: '20m' });
  // the same seed places pods the same way: find the first pod's node, then fail that node
  const node = (() => {
    const v = view(simulate(cluster() + job()));
    return v.podsOf('etl')[0]!.spec.nodeName!;
  })();

  it('§5.1-§5.5: Ready=Unknown after the grace period, eviction after 300s, replacement on a healthy node (no podFailurePolicy)', () => {
    const v = view(simulate(cluster(`  faults:\n  - { at: 2m, nodeDown: ${node} }`) + job()));
    const n = v.r.items!.find((o) => o.kind === 'Node' && o.metadata.name === node) as Node;
    const ready = n.status.conditions.find((c) => c.type === 'Ready')!;
    expect(ready).toMatchObject({ status: 'Unknown', reason: 'NodeStatusUnknown', message: 'Kubelet stopped posting node status.' });
    const unknownAt = v.sec(ready.lastTransitionTime)!;
    // last lease renewal ≤ 120s, seen by the next 5s monitor pass; Unknown at the first pass > probe + 50s
    expect(unknownAt).toBeGreaterThan(120 + 50 - 10);
    expect(unknownAt).toBeLessThanOrEqual(120 + 50 + 5);
    expect(n.spec.taints?.map((t) => `${t.key}:${t.effect}`)).toEqual(['node.kubernetes.io/unreachable:NoSchedule', 'node.kubernetes.io/unreachable:NoExecute']);
    expect(v.events({ reason: 'NodeNotReady', kind: 'Node' })).toHaveLength(1);
    const pods = v.podsOf('etl');
    const victim = pods.find((p) => p.spec.nodeName === node)!;
    const evictedAt = v.sec(v.events({ reason: 'TaintManagerEviction', name: victim.metadata.name })[0]!.firstTimestamp)!;
    // the NoExecute taint one monitor pass after Unknown, then the 300s default toleration
    expect(evictedAt).toBe(unknownAt + 5 + 300);
    expect(victim.status.conditions!.find((c) => c.type === 'DisruptionTarget')).toMatchObject({ status: 'True', reason: 'DeletionByTaintManager', message: 'Taint manager: deleting due to NoExecute taint' });
    // stuck Terminating on the unreachable node: phase stays Running, deletionTimestamp set
    expect(victim.status.phase).toBe('Running');
    expect(v.sec(victim.metadata.deletionTimestamp)).toBe(evictedAt + 30);
    // counted as failed at once (TerminatingOrFailed) and replaced on a healthy node
    const replacement = pods[pods.length - 1]!;
    expect(pods).toHaveLength(3);
    expect(v.sec(replacement.metadata.creationTimestamp)).toBe(evictedAt + 1);
    expect(replacement.spec.nodeName).not.toBe(node);
    expect(v.job('etl').status.failed).toBe(1);
  });

  it('§5.5: with a podFailurePolicy ignoring DisruptionTarget, the stuck pod is neither counted nor replaced until it is Failed', () => {
    const pfp = '\npodFailurePolicy:\n  rules:\n  - action: Ignore\n    onPodConditions: [{ type: DisruptionTarget }]';
    const v = view(simulate(cluster(`  faults:\n  - { at: 2m, nodeDown: ${node} }`) + job(pfp)));
    expect(v.podsOf('etl')).toHaveLength(2);
    expect(v.job('etl').status).toMatchObject({ terminating: 1 });
    expect(v.job('etl').status.failed).toBeUndefined();
  });

  it('§5.5: when the node comes back the kubelet stops the pod; Ignore replaces it without counting', () => {
    const pfp = '\npodFailurePolicy:\n  rules:\n  - action: Ignore\n    onPodConditions: [{ type: DisruptionTarget }]';
    const v = view(simulate(cluster(`  faults:\n  - { at: 2m, nodeDown: ${node}, for: 10m }`) + job(pfp)));
    const pods = v.podsOf('etl');
    expect(pods).toHaveLength(3);
    const victim = pods.find((p) => p.spec.nodeName === node && p.metadata.deletionTimestamp)!;
    expect(victim.status.phase).toBe('Failed');
    expect(v.sec(pods[2]!.metadata.creationTimestamp)).toBeGreaterThanOrEqual(720);
    expect(v.job('etl').status.failed).toBeUndefined();
    const n = v.r.items!.find((o) => o.kind === 'Node' && o.metadata.name === node) as Node;
    expect(n.status.conditions.find((c) => c.type === 'Ready')!.status).toBe('True');
    expect(n.spec.taints).toBeUndefined();
  });

  it('§5.4: a deleted node: the pod GC fails and force-deletes its pods after the 40s quarantine', () => {
    const pfp = '\npodFailurePolicy:\n  rules:\n  - action: Ignore\n    onPodConditions: [{ type: DisruptionTarget }]';
    const v = view(simulate(cluster(`  faults:\n  - { at: 2m, deleteNode: ${node} }`) + job(pfp)));
    const victim = v.podsOf('etl').find((p) => p.spec.nodeName === node)!;
    expect(victim.status.phase).toBe('Failed');
    expect(victim.status.conditions!.find((c) => c.type === 'DisruptionTarget')).toMatchObject({ reason: 'DeletionByPodGC', message: 'PodGC: node no longer exists' });
    expect(v.sec(victim.metadata.deletionTimestamp)).toBeGreaterThanOrEqual(160);
    expect(v.sec(victim.metadata.deletionTimestamp)).toBeLessThanOrEqual(180);
    expect(v.job('etl').status.failed).toBeUndefined();
    expect(v.podsOf('etl')).toHaveLength(3);
  });
});

describe('node lifecycle details (handleDisruption, MarkPodsNotReady, the taint manager, RemovingNode)', () => {
  const twoNodes = (faults: string, duration = '60m') => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: lifecycle }
spec:
  duration: ${duration}
  cluster:
    nodePools:
    - { name: worker, count: 2, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
  faults:
${faults}
---
`;
  const pinned = (name: string, node: string, duration: string, spec = 'completions: 2\nparallelism: 2') =>
    jobYaml(name, spec, { duration, templateExtra: `nodeSelector: { kubernetes.io/hostname: ${node} }` });

  it('all nodes not Ready: master disruption mode removes the NoExecute taints and cancels the evictions', () => {
    const v = view(simulate(twoNodes('  - { at: 1m, nodeDown: worker-1 }\n  - { at: 2m, nodeDown: worker-2 }') + pinned('a', 'worker-1', '60m') + '---\n' + pinned('b', 'worker-2', '60m')));
    for (const n of ['worker-1', 'worker-2']) {
      const node = v.r.items!.find((o) => o.kind === 'Node' && o.metadata.name === n) as Node;
      expect(node.spec.taints?.map((t) => `${t.key}:${t.effect}`)).toEqual(['node.kubernetes.io/unreachable:NoSchedule']);
    }
    expect(v.events({ reason: 'TaintManagerEviction' }).map((e) => e.message.split(' Pod ')[0])).toEqual(['Cancelling deletion of', 'Cancelling deletion of']);
    expect(v.podsOf('a').concat(v.podsOf('b')).every((p) => p.metadata.deletionTimestamp === undefined)).toBe(true);
  });

  it('leaving master disruption mode: the nodes still unreachable are tainted again and their pods evicted 300s later', () => {
    const v = view(simulate(twoNodes('  - { at: 1m, nodeDown: worker-1 }\n  - { at: 2m, nodeDown: worker-2, for: 5m }') + pinned('a', 'worker-1', '60m')));
    const back = v.sec(v.events({ reason: 'NodeReady' })[0]!.firstTimestamp)!;
    const evictions = v.events({ reason: 'TaintManagerEviction' }).filter((e) => e.message.startsWith('Marking'));
    expect(evictions).toHaveLength(2);
    // the monitor pass after worker-2's return ends the mode; worker-1's taint goes on 10s later
    // (the swapped-in rate limiter starts drained), eviction 300s after that
    for (const e of evictions) expect(v.sec(e.firstTimestamp)! - back).toBeGreaterThan(310);
    expect(v.sec(evictions[0]!.firstTimestamp)! - back).toBeLessThanOrEqual(315);
  });

  it('MarkPodsNotReady sets Ready=False keeping the reason, and leaves pods that are not ready alone (no event)', () => {
    // a: running and Ready on worker-1; c: finished before the node goes down
    const v = view(simulate(twoNodes('  - { at: 2m, nodeDown: worker-1 }', '10m') + pinned('a', 'worker-1', '60m', 'completions: 1') + '---\n' + pinned('c', 'worker-1', '30s', 'completions: 1')));
    const a = v.podsOf('a')[0]!;
    const ready = a.status.conditions!.find((c) => c.type === 'Ready')!;
    expect(ready.status).toBe('False');
    expect(ready.reason).toBeUndefined();
    expect(v.events({ reason: 'NodeNotReady', kind: 'Pod' }).map((e) => e.involvedObject.name)).toEqual([a.metadata.name]);
  });

  it('the taint manager evicts finished pods too (processPodOnNode does not look at the phase)', () => {
    const v = view(simulate(twoNodes('  - { at: 2m, nodeDown: worker-1 }', '20m') + pinned('c', 'worker-1', '30s', 'completions: 1')));
    const c = v.podsOf('c')[0]!;
    expect(c.status.phase).toBe('Succeeded');
    expect(c.status.conditions!.find((x) => x.type === 'DisruptionTarget')).toMatchObject({ reason: 'DeletionByTaintManager' });
    const evictedAt = v.sec(v.events({ reason: 'TaintManagerEviction', name: c.metadata.name })[0]!.firstTimestamp)!;
    // a finished pod is deleted with grace 0: gone at once
    expect(v.sec(c.metadata.deletionTimestamp)).toBe(evictedAt);
    expect(v.job('c').status.succeeded).toBe(1);
  });

  it('a deleted node: RemovingNode from the node controller at its next monitor pass', () => {
    const v = view(simulate(twoNodes('  - { at: 2m, deleteNode: worker-2 }', '5m') + pinned('a', 'worker-1', '60s', 'completions: 1')));
    const ev = v.events({ reason: 'RemovingNode' });
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ type: 'Normal', message: 'Node worker-2 event: Removing Node worker-2 from Controller', source: { component: 'node-controller' } });
    expect(v.sec(ev[0]!.firstTimestamp)).toBe(125);
  });
});

describe('a kubelet whose node is down reports nothing', () => {
  // one node runs the crash-looping pod (OnFailure, exits 1 after 5s), the other nothing
  const yaml = (faults: string, latencies = '') => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: down }
spec:
  duration: 10m
  cluster:
    nodePools:
    - { name: worker, count: 2, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
${latencies}${faults}
---
${jobYaml('crash', 'backoffLimit: 2', { duration: '5s', exitCodes: '1', restartPolicy: 'OnFailure', templateExtra: 'nodeSelector: { kubernetes.io/hostname: worker-1 }' })}`;

  it('crash-loop restarts wait while the node is down: no restart count, no events until it is back', () => {
    // exits at 5s (restart now), 10s (back-off 10s: restart at 20s); the node is down from 12s to 3m
    const v = view(simulate(yaml('  faults:\n  - { at: 12s, nodeDown: worker-1, for: 3m }')));
    const started = v.events({ reason: 'Started' }).map((e) => v.sec(e.firstTimestamp)!);
    expect(started.filter((t) => t > 12 && t < 192)).toEqual([]);
    expect(started.some((t) => t >= 192)).toBe(true);
    // the restart sum reaches backoffLimit only after the node is back
    const failed = v.cond(v.job('crash'), 'FailureTarget')!;
    expect(failed.reason).toBe('BackoffLimitExceeded');
    expect(v.sec(failed.lastTransitionTime)).toBeGreaterThanOrEqual(192);
  });

  it('a container start that falls while the node is down waits for its return', () => {
    const v = view(simulate(yaml('  faults:\n  - { at: 10s, nodeDown: worker-1, for: 2m }', '  latencies: { imagePull: 30s }\n')));
    const pod = v.podsOf('crash')[0]!;
    const started = v.events({ reason: 'Started', name: pod.metadata.name }).map((e) => v.sec(e.firstTimestamp)!);
    expect(started[0]).toBeGreaterThanOrEqual(130);
  });
});

describe('kubelet image pull and container start latencies', () => {
  it('Pulling when the pull starts, Pulled when it ends (Go duration), Created and Started after the start latency', () => {
    const v = view(simulate(`${simYaml('pull', 'latencies: { imagePull: 30s, containerStart: 2s }')}${jobYaml('p', 'completions: 1')}`));
    const pod = v.podsOf('p')[0]!;
    const at = (reason: string) => v.events({ reason, name: pod.metadata.name }).map((e) => `${v.sec(e.firstTimestamp)} ${e.message}`);
    expect(at('Pulling')).toEqual(['0 Pulling image "busybox:1.36"']);
    expect(at('Pulled')).toEqual(['30 Successfully pulled image "busybox:1.36" in 30s (30s including waiting)']);
    expect(at('Started')).toEqual(['32 Started container c']);
    expect(v.sec(pod.status.startTime)).toBe(0);
    expect(v.sec(pod.status.containerStatuses![0]!.state.terminated!.startedAt)).toBe(32);
  });

  it('the crash-loop back-off message prints the delay as Go does (5m0s, 1m20s)', () => {
    const v = view(simulate(jobYaml('crash', 'backoffLimit: 20', { duration: '1s', exitCodes: '1', restartPolicy: 'OnFailure' }), { duration: '30m' }));
    // runs of 1s; restarts after 0, 10s, 20s, 40s, 1m20s, 2m40s, then 5m0s: at 30m the container waits out a 5m0s back-off
    expect(v.events({ reason: 'BackOff' }).length).toBeGreaterThan(5);
    const pod = v.podsOf('crash')[0]!;
    expect(pod.status.containerStatuses![0]!.state.waiting?.message).toMatch(new RegExp(`^back-off 5m0s restarting failed container=c pod=${pod.metadata.name}_default\\(`));
  });
});

describe('scheduling gates', () => {
  it('a pod with schedulingGates gets PodScheduled=False/SchedulingGated from the API server and is never scheduled', () => {
    const r = simulate(jobYaml('gated', 'completions: 1', { templateExtra: 'schedulingGates: [{ name: example.com/quota }]' }), { duration: '5m' });
    const v = view(r);
    const pod = v.podsOf('gated')[0]!;
    expect(pod.spec.nodeName).toBeUndefined();
    expect(pod.status.phase).toBe('Pending');
    expect(pod.status.conditions).toEqual([{ type: 'PodScheduled', status: 'False', lastProbeTime: null, reason: 'SchedulingGated', message: 'Scheduling is blocked due to non-empty scheduling gates' }]);
    expect(v.events({ reason: 'FailedScheduling' })).toHaveLength(0);
    expect(v.job('gated').status).toMatchObject({ active: 1 });
    expect(v.job('gated').status.succeeded).toBeUndefined();
    expect(renderText(r)).toMatch(/pod\/gated-\w+\s+0\/1\s+SchedulingGated\s+0/);
  });
});

describe('capacity', () => {
  it('pods queue for capacity, FailedScheduling names the reason, and start as soon as room frees up', () => {
    const yaml = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: small }
spec:
  cluster:
    nodePools:
    - { name: small, count: 1, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
---
${jobYaml('burst', 'completions: 4\nparallelism: 4', { duration: '60s', templateExtra: '' }).replace('image: busybox:1.36', 'image: busybox:1.36\n        resources: { requests: { cpu: "1" } }')}`;
    const v = view(simulate(yaml));
    const pods = v.podsOf('burst');
    const started = pods.map((p) => v.sec(p.status.startTime)).sort((a, b) => a! - b!);
    expect(started).toEqual([0, 0, 60, 60]);
    const fs = v.events({ reason: 'FailedScheduling' });
    expect(fs[0]!.message).toBe('0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.');
    const m = v.r.metrics as { pods: { pendingPeak: number }; pools: Record<string, { cpuRequestedPeakMilli: number }> };
    expect(m.pods.pendingPeak).toBe(2);
    expect(m.pools['small']!.cpuRequestedPeakMilli).toBe(2000);
  });
});

describe('priority and preemption (DefaultPreemption)', () => {
  const yaml = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: preempt }
spec:
  cluster:
    nodePools:
    - { name: node, count: 2, capacity: { cpu: "2", memory: 8Gi, pods: 110 } }
  timeline:
  - at: 1m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: urgent }
      spec:
        template:
          metadata: { annotations: { jobsim/duration: 1m } }
          spec:
            priorityClassName: high
            containers: [{ name: c, image: busybox, resources: { requests: { cpu: "2" } } }]
            restartPolicy: Never
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: low }
value: 10
---
apiVersion: batch/v1
kind: Job
metadata: { name: batch }
spec:
  completions: 4
  parallelism: 4
  template:
    metadata: { annotations: { jobsim/duration: 10m } }
    spec:
      priorityClassName: low
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
      restartPolicy: Never
`;
  it('a high-priority pod preempts lower-priority pods on one node: DisruptionTarget, Preempted event, then it binds there', () => {
    const v = view(simulate(yaml, { duration: '15m' }));
    const urgent = v.podsOf('urgent')[0]!;
    expect(urgent.spec.priority).toBe(1000);
    expect(urgent.status.nominatedNodeName).toBe(urgent.spec.nodeName);
    expect(v.sec(urgent.status.startTime)).toBe(60); // the victims stop at once; the idle scheduler pops the preemptor from the backoff queue (SchedulerPopFromBackoffQ)
    const victims = v.podsOf('batch').filter((p) => p.status.conditions?.some((c) => c.type === 'DisruptionTarget'));
    expect(victims).toHaveLength(2);
    for (const p of victims) {
      expect(p.spec.nodeName).toBe(urgent.spec.nodeName);
      expect(p.status.conditions!.find((c) => c.type === 'DisruptionTarget')).toMatchObject({ reason: 'PreemptionByScheduler', message: 'default-scheduler: preempting to accommodate a higher priority pod' });
    }
    const ev = v.events({ reason: 'Preempted' });
    expect(ev.map((e) => e.message)).toEqual(victims.map(() => `Preempted by pod ${urgent.metadata.uid} on node ${urgent.spec.nodeName}`));
    // the batch Job counts the preempted pods as failed (no podFailurePolicy) and replaces them
    expect(v.job('batch').status.failed).toBe(2);
    expect(v.podsOf('batch')).toHaveLength(6);
  });

  it('preemptionPolicy Never waits instead', () => {
    const never = yaml.replace('value: 1000', 'value: 1000\npreemptionPolicy: Never');
    const v = view(simulate(never, { duration: '15m' }));
    expect(v.podsOf('batch').some((p) => p.status.conditions?.some((c) => c.type === 'DisruptionTarget'))).toBe(false);
    expect(v.sec(v.podsOf('urgent')[0]!.status.startTime)).toBe(600);
    // PodEligibleToPreemptOthers' message, after the filters' own
    expect(v.events({ reason: 'FailedScheduling' })[0]!.message).toBe('0/2 nodes are available: 2 Insufficient cpu. no new claims to deallocate, preemption: not eligible due to preemptionPolicy=Never.');
  });

  it('a pod larger than every node: preemption is not tried (fitsRequest Unresolvable, 1.34+)', () => {
    // urgent asks for 3 cpu on 2-cpu nodes: removing every batch pod could not help, and since
    // kubernetes#131345 NodeResourcesFit says so (UnschedulableAndUnresolvable): no node is dry-run
    const v = view(simulate(yaml.replace('resources: { requests: { cpu: "2" } }', 'resources: { requests: { cpu: "3" } }'), { duration: '15m' }));
    expect(v.events({ reason: 'FailedScheduling' })[0]!.message).toBe('0/2 nodes are available: 2 Insufficient cpu. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.');
    expect(v.events({ reason: 'Preempted' })).toHaveLength(0);
  });

  it('NodeResourcesFit names every insufficient resource', () => {
    const v = view(simulate(yaml.replace('resources: { requests: { cpu: "2" } }', 'resources: { requests: { cpu: "3", memory: 9Gi } }'), { duration: '15m' }));
    expect(v.events({ reason: 'FailedScheduling' })[0]!.message).toBe(
      '0/2 nodes are available: 2 Insufficient cpu, 2 Insufficient memory. no new claims to deallocate, preemption: 0/2 nodes are available: 2 Preemption is not helpful for scheduling.',
    );
  });
});

describe('a Job whose template names a node (spec.nodeName: no scheduler, the kubelet admits)', () => {
  const pinned = (name: string, node: string, cpu: string, spec = '') =>
    jobYaml(name, `backoffLimit: 1${spec}`, { templateExtra: `nodeName: ${node}\ncontainers:\n- name: c\n  image: busybox\n  resources: { requests: { cpu: "${cpu}" } }`.replace(/^/, '') }).replace(/      containers:\n      - name: c\n        image: busybox:1.36\n/, '');
  it('a pod that does not fit is rejected (Failed, OutOfcpu, "Pod was rejected: ..."), counted by the Job controller, retried with backoff', () => {
    const v = view(simulate(cluster() + pinned('big', 'worker-1', '5')));
    const pods = v.podsOf('big');
    expect(pods).toHaveLength(2);
    for (const p of pods) {
      expect(p.status).toMatchObject({ phase: 'Failed', reason: 'OutOfcpu', message: "Pod was rejected: Node didn't have enough resource: cpu, requested: 5000, used: 0, capacity: 4000" });
      // the status manager stamps startTime on the rejection itself
      expect(p.status.startTime).toBe(p.metadata.creationTimestamp);
    }
    expect(v.events({ reason: 'OutOfcpu', kind: 'Pod' })).toHaveLength(2);
    expect(v.events({ reason: 'Scheduled' })).toHaveLength(0);
    // the replacement after the 10s pod-recreation backoff; the second failure exceeds backoffLimit 1
    expect(v.sec(pods[1]!.metadata.creationTimestamp)).toBe(10);
    const job = v.job('big');
    expect(job.status.failed).toBe(2);
    expect(job.status.conditions?.find((c) => c.type === 'Failed')).toMatchObject({ reason: 'BackoffLimitExceeded' });
  });
  it('a pod that fits runs on the named node, and the scheduler counts it there', () => {
    // 3 cpu pinned on worker-1: a 2-cpu pod scheduled afterwards cannot go there
    const free = jobYaml('free', 'completions: 2\nparallelism: 2', { duration: '1m', templateExtra: 'containers:\n- name: c\n  image: busybox\n  resources: { requests: { cpu: "2" } }' }).replace(/      containers:\n      - name: c\n        image: busybox:1.36\n/, '');
    const v = view(simulate(cluster() + pinned('small', 'worker-1', '3') + '---\n' + free));
    expect(v.podsOf('small')[0]!.spec.nodeName).toBe('worker-1');
    expect(v.job('small').status.succeeded).toBe(1);
    expect(v.podsOf('free').map((p) => p.spec.nodeName).sort()).toEqual(['worker-2', 'worker-3']);
  });
});

describe('pod defaults the API server applies to Pods only (SetDefaults_Pod)', () => {
  const yaml = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: lim }
spec:
  cluster:
    nodePools:
    - { name: w, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: lim }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { annotations: { jobsim/duration: 60s } }
    spec:
      restartPolicy: Never
      containers:
      - name: c
        image: busybox
        resources:
          limits: { cpu: 3, memory: 1.5Gi }
          requests: { memory: "1Gi" }
`;
  const v = view(simulate(yaml));
  it('a limit without a request becomes the request, on the pods; the template keeps what was written', () => {
    const pods = v.podsOf('lim');
    for (const p of pods) expect(p.spec.containers[0]!.resources).toEqual({ limits: { cpu: '3', memory: '1536Mi' }, requests: { memory: '1Gi', cpu: '3' } });
    expect(v.job('lim').spec.template.spec.containers[0]!.resources!.requests).toEqual({ memory: '1Gi' });
  });
  it('so the scheduler counts 3 CPU per pod: the second waits for the first on a 4-CPU node', () => {
    const starts = v.podsOf('lim').map((p) => v.sec(p.status.startTime)).sort((a, b) => a! - b!);
    expect(starts).toEqual([0, 60]);
    expect(v.events({ reason: 'FailedScheduling' })[0]!.message).toMatch(/^0\/1 nodes are available: 1 Insufficient cpu\./);
  });
  it('enableServiceLinks defaults to true on pods only', () => {
    expect(v.podsOf('lim')[0]!.spec['enableServiceLinks']).toBe(true);
    expect(v.job('lim').spec.template.spec['enableServiceLinks']).toBeUndefined();
  });
  it('quantities are stored canonical: YAML numbers become strings, 1.5Gi becomes 1536Mi, node capacity too', () => {
    const node = v.r.items!.find((o) => o.kind === 'Node') as Node;
    expect(node.status.capacity).toEqual({ cpu: '4', memory: '16Gi', pods: '110' });
    expect(v.job('lim').spec.template.spec.containers[0]!.resources!.limits).toEqual({ cpu: '3', memory: '1536Mi' });
  });
});

describe('controller manager outage (controllerDown: all): the node lifecycle, taint eviction, pod GC and garbage collector stop too', () => {
  const job = jobYaml('etl', 'completions: 2\nparallelism: 2\nbackoffLimit: 6', { duration: '2h' });
  const node = (() => view(simulate(cluster() + job)).podsOf('etl')[0]!.spec.nodeName!)();
  const run = (faults: string) => view(simulate(cluster(`  faults:\n${faults}`).replace('duration: 30m', 'duration: 1h') + job));
  const readyOf = (v: ReturnType<typeof view>) => (v.r.items!.find((o) => o.kind === 'Node' && o.metadata.name === node) as Node).status.conditions.find((c) => c.type === 'Ready')!;

  it('a kubelet that goes silent during the outage is first seen at the return: Unknown 50s later, eviction 5s + 300s after that', () => {
    const v = run(`  - { at: 0s, controllerDown: all, for: 10m }\n  - { at: 1m, nodeDown: ${node} }`);
    expect(readyOf(v)).toMatchObject({ status: 'Unknown' });
    expect(v.sec(readyOf(v).lastTransitionTime)).toBe(600 + 50);
    const victim = v.podsOf('etl').find((p) => p.spec.nodeName === node)!;
    expect(v.sec(v.events({ reason: 'TaintManagerEviction', name: victim.metadata.name })[0]!.firstTimestamp)).toBe(650 + 5 + 300);
  });

  it('evictions planned before the outage are forgotten; the restarted taint manager plans them from its return', () => {
    // Unknown at about 1m50s, NoExecute 5s later, eviction planned 300s after that (about 7m); the outage from 3m to 20m
    const v = run(`  - { at: 1m, nodeDown: ${node} }\n  - { at: 3m, controllerDown: all, for: 17m }`);
    const victim = v.podsOf('etl').find((p) => p.spec.nodeName === node)!;
    const evictions = v.events({ reason: 'TaintManagerEviction', name: victim.metadata.name });
    expect(evictions.map((e) => v.sec(e.firstTimestamp))).toEqual([1200 + 300]);
  });

  it('a kubelet back during the outage posts Ready itself; its taints stay until the controller returns', () => {
    const v = run(`  - { at: 1m, nodeDown: ${node}, for: 3m }\n  - { at: 3m, controllerDown: all, for: 7m }`);
    expect(v.sec(readyOf(v).lastTransitionTime)).toBe(240);
    const n = v.r.items!.find((o) => o.kind === 'Node' && o.metadata.name === node) as Node;
    expect(n.spec.taints).toBeUndefined();
    // the pod was never evicted: the eviction (about 7m) fell in the outage, and the node was Ready at the return
    expect(v.events({ reason: 'TaintManagerEviction' })).toEqual([]);
    expect(v.podsOf('etl')).toHaveLength(2);
  });

  it('the garbage collector deletes the pods of a Job deleted during the outage when it is back', () => {
    const src = cluster('  timeline:\n  - { at: 2m, delete: { kind: Job, name: etl } }\n  faults:\n  - { at: 1m, controllerDown: all, for: 5m }') + job;
    const v = view(simulate(src));
    for (const p of v.podsOf('etl')) expect(v.sec(p.metadata.deletionTimestamp)).toBe(360 + 30);
  });

  it('the pod GC deletes the orphans of a node deleted during the outage 40s after its first pass at the return', () => {
    const v = run(`  - { at: 1m, controllerDown: all, for: 5m }\n  - { at: 2m, deleteNode: ${node} }`);
    const orphan = v.podsOf('etl').find((p) => p.spec.nodeName === node)!;
    expect(orphan.status.conditions!.find((c) => c.type === 'DisruptionTarget')).toMatchObject({ reason: 'DeletionByPodGC' });
    expect(v.sec(orphan.metadata.deletionTimestamp)).toBe(360 + 40);
  });
});

describe('extended resources (nvidia.com/gpu): NodeResourcesFit scalar resources, kubelet OutOf<name>, pool metrics', () => {
  const yaml = readFileSync(new URL('../fixtures/gpu.yaml', import.meta.url), 'utf8');
  it('six one-GPU pods on two 2-GPU nodes: four bound at once, two wait for a GPU; only the GPU pool takes them', () => {
    const v = view(simulate(yaml));
    const pods = v.podsOf('train');
    expect(pods.every((p) => p.spec.nodeName!.startsWith('gpu-'))).toBe(true);
    expect(pods.map((p) => v.sec(p.status.startTime)).sort((a, b) => a! - b!)).toEqual([0, 0, 0, 0, 600, 600]);
    expect(v.events({ reason: 'FailedScheduling' }).map((e) => e.message)).toEqual(
      // the cpu nodes offer no GPU (allocatable 0 < 1: Unresolvable, not dry-run since 1.34); the GPU nodes hold pods of equal priority
      Array(2).fill('0/4 nodes are available: 4 Insufficient nvidia.com/gpu. no new claims to deallocate, preemption: 0/4 nodes are available: 2 No preemption victims found for incoming pod, 2 Preemption is not helpful for scheduling.'),
    );
  });
  it('the pool reports its GPUs: capacity, mean and peak requested, utilization; the text report a line', () => {
    const r = simulate(yaml);
    const pools = (r.metrics as { pools: Record<string, { extended?: Record<string, unknown> }> }).pools;
    expect(pools['cpu']!.extended).toBeUndefined();
    // 4 GPUs for 600s, 2 for the next 600s, over a run of 1202s
    expect(pools['gpu']!.extended).toEqual({ 'nvidia.com/gpu': { capacity: 4, requestedMean: 2.995, requestedPeak: 4, utilization: 0.7488 } });
    expect(renderText(r)).toContain('    nvidia.com/gpu requested 74.9% of 4 on average (peak 4)');
  });
});

describe('relative scores: NodeAffinity preferred terms (weight 2) and TaintToleration PreferNoSchedule (weight 3), normalized over the feasible nodes', () => {
  const pools = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: pref }
spec:
  cluster:
    nodePools:
    - { name: ondemand, count: 2, capacity: { cpu: "4", memory: 8Gi }, labels: { lifecycle: ondemand } }
    - { name: spot, count: 2, capacity: { cpu: "4", memory: 8Gi }, labels: { lifecycle: spot } }
    - { name: tainted, count: 2, capacity: { cpu: "8", memory: 16Gi }, taints: [{ key: dedicated, value: gpu, effect: PreferNoSchedule }] }
---
`;
  const job = (affinity: string) => `apiVersion: batch/v1
kind: Job
metadata: { name: x }
spec:
  completions: 10
  parallelism: 10
  template:
    metadata: { annotations: { jobsim/duration: 60s } }
    spec:
      restartPolicy: Never
${affinity}      containers:
      - { name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }
`;
  const placement = (yaml: string) => {
    const counts: Record<string, number> = {};
    for (const p of view(simulate(yaml)).podsOf('x')) {
      const pool = p.spec.nodeName!.replace(/-\d+$/, '');
      counts[pool] = (counts[pool] ?? 0) + 1;
    }
    return counts;
  };

  it('a preferred term fills the preferred pool first; the PreferNoSchedule pool, though larger, is the last resort', () => {
    const prefer = '      affinity:\n        nodeAffinity:\n          preferredDuringSchedulingIgnoredDuringExecution:\n          - { weight: 100, preference: { matchExpressions: [{ key: lifecycle, operator: In, values: [spot] }] } }\n';
    expect(placement(pools + job(prefer))).toEqual({ spot: 8, ondemand: 2 });
  });

  it('without a preference, the pods spread over the untainted pools (the tainted one, emptier, scores 300 less)', () => {
    expect(placement(pools + job(''))).toEqual({ ondemand: 5, spot: 5 });
  });

  it('a toleration of the PreferNoSchedule taint lifts the penalty: the 8-CPU nodes score best by LeastAllocated until 2 of their 8 CPU are taken', () => {
    const tolerate = '      tolerations: [{ key: dedicated, operator: Equal, value: gpu, effect: PreferNoSchedule }]\n';
    const counts = placement(pools + job(tolerate));
    // an 8-CPU node with k pods scores 185, 173, 161, ...; an empty 4-CPU node 173 (ties drawn at random)
    expect(counts['tainted']).toBeGreaterThanOrEqual(4);
    expect(counts['tainted']).toBeLessThanOrEqual(6);
    expect((counts['tainted'] ?? 0) + (counts['spot'] ?? 0) + (counts['ondemand'] ?? 0)).toBe(10);
  });
});

describe('PodTopologySpread and InterPodAffinity filters, end to end', () => {
  const zones = (extraPools = '') => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: zones }
spec:
  cluster:
    nodePools:
    - { name: zone-a, count: 2, capacity: { cpu: "4", memory: 16Gi }, labels: { topology.kubernetes.io/zone: zone-a } }
    - { name: zone-b, count: 1, capacity: { cpu: "4", memory: 16Gi }, labels: { topology.kubernetes.io/zone: zone-b } }
    - { name: zone-c, count: 1, capacity: { cpu: "2", memory: 8Gi }, labels: { topology.kubernetes.io/zone: zone-c } }
${extraPools}---
`;
  const job = (parallelism: number, constraints: string) => `apiVersion: batch/v1
kind: Job
metadata: { name: render }
spec:
  completions: ${parallelism}
  parallelism: ${parallelism}
  template:
    metadata: { labels: { app: render }, annotations: { jobsim/duration: 5m } }
    spec:
      restartPolicy: Never
${constraints}      containers:
      - { name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }
`;
  const spread = '      topologySpreadConstraints:\n      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: DoNotSchedule, labelSelector: { matchLabels: { app: render } } }\n';
  const zoneOf = (node: string) => node.replace(/-\d+$/, '');

  it('maxSkew 1 over zones of 8, 4 and 2 CPU: 3/3/2 at once, the ninth waits for the small zone although zone-a has room', () => {
    const v = view(simulate(zones() + job(9, spread)));
    const first = v.podsOf('render').filter((p) => v.sec(p.status.startTime) === 0);
    const perZone: Record<string, number> = {};
    for (const p of first) perZone[zoneOf(p.spec.nodeName!)] = (perZone[zoneOf(p.spec.nodeName!)] ?? 0) + 1;
    expect(perZone).toEqual({ 'zone-a': 3, 'zone-b': 3, 'zone-c': 2 });
    expect(v.events({ reason: 'FailedScheduling' }).map((e) => e.message)).toEqual([
      "0/4 nodes are available: 1 Insufficient cpu, 3 node(s) didn't match pod topology spread constraints. no new claims to deallocate, preemption: 0/4 nodes are available: 4 No preemption victims found for incoming pod.",
    ]);
    expect(v.sec(v.cond(v.job('render'), 'Complete')!.lastTransitionTime)).toBe(601);
  });

  it('without the constraint all nine start at once', () => {
    const v = view(simulate(zones() + job(9, '')));
    expect(v.podsOf('render').every((p) => v.sec(p.status.startTime) === 0)).toBe(true);
  });

  it('a node without the topology key is UnschedulableAndUnresolvable: not a preemption candidate', () => {
    const v = view(simulate(zones('    - { name: bare, count: 1, capacity: { cpu: "1", memory: 4Gi } }\n') + job(9, spread)));
    const msg = v.events({ reason: 'FailedScheduling' })[0]!.message;
    expect(msg).toContain("1 node(s) didn't match pod topology spread constraints (missing required label)");
    expect(msg).toContain('preemption: 0/5 nodes are available: 1 Preemption is not helpful for scheduling, 4 No preemption victims found for incoming pod.');
  });

  it('required anti-affinity by hostname: one pod per node, the fifth waits for a node to free up', () => {
    const anti = '      affinity:\n        podAntiAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n          - { topologyKey: kubernetes.io/hostname, labelSelector: { matchLabels: { app: render } } }\n';
    const v = view(simulate(zones() + job(5, anti)));
    const nodes = v.podsOf('render').filter((p) => v.sec(p.status.startTime) === 0).map((p) => p.spec.nodeName);
    expect(new Set(nodes).size).toBe(4);
    expect(v.events({ reason: 'FailedScheduling' })[0]!.message).toBe("0/4 nodes are available: 4 node(s) didn't match pod anti-affinity rules. no new claims to deallocate, preemption: 0/4 nodes are available: 4 No preemption victims found for incoming pod.");
  });

  it('required affinity to a pod group by zone: the first pod of the group goes anywhere, the rest follow it', () => {
    const aff = '      affinity:\n        podAffinity:\n          requiredDuringSchedulingIgnoredDuringExecution:\n          - { topologyKey: topology.kubernetes.io/zone, labelSelector: { matchLabels: { app: render } } }\n';
    const v = view(simulate(zones() + job(6, aff)));
    const zonesUsed = new Set(v.podsOf('render').map((p) => zoneOf(p.spec.nodeName!)));
    expect(zonesUsed.size).toBe(1);
  });
});

describe('PodTopologySpread ScheduleAnyway and InterPodAffinity preferred terms score (weight 2 each)', () => {
  const cluster = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: zones }
spec:
  cluster:
    nodePools:
    - { name: zone-a, count: 3, capacity: { cpu: "16", memory: 64Gi }, labels: { topology.kubernetes.io/zone: zone-a } }
    - { name: zone-b, count: 1, capacity: { cpu: "16", memory: 64Gi }, labels: { topology.kubernetes.io/zone: zone-b } }
    - { name: zone-c, count: 1, capacity: { cpu: "16", memory: 64Gi }, labels: { topology.kubernetes.io/zone: zone-c } }
---
`;
  const job = (n: number, extra: string) => `apiVersion: batch/v1
kind: Job
metadata: { name: render }
spec:
  completions: ${n}
  parallelism: ${n}
  template:
    metadata: { labels: { app: render }, annotations: { jobsim/duration: 5m } }
    spec:
      restartPolicy: Never
${extra}      containers:
      - { name: c, image: busybox:1.36, resources: { requests: { cpu: "1" } } }
`;
  const count = (yaml: string, key: (node: string) => string) => {
    const c: Record<string, number> = {};
    for (const p of view(simulate(yaml)).podsOf('render')) c[key(p.spec.nodeName!)] = (c[key(p.spec.nodeName!)] ?? 0) + 1;
    return c;
  };
  const zone = (node: string) => node.replace(/-\d+$/, '');

  it('a soft zone spread evens out zones of 3, 1 and 1 nodes that LeastAllocated alone would fill by node count', () => {
    const soft = '      topologySpreadConstraints:\n      - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: render } } }\n';
    expect(count(cluster + job(12, soft), zone)).toEqual({ 'zone-a': 4, 'zone-b': 4, 'zone-c': 4 });
    const plain = count(cluster + job(12, ''), zone);
    expect(plain['zone-a']).toBeGreaterThan(4);
  });

  it('a preferred pod affinity by zone gathers the pods in the zone of the first one', () => {
    const pref = '      affinity:\n        podAffinity:\n          preferredDuringSchedulingIgnoredDuringExecution:\n          - { weight: 100, podAffinityTerm: { topologyKey: topology.kubernetes.io/zone, labelSelector: { matchLabels: { app: render } } } }\n';
    expect(Object.keys(count(cluster + job(5, pref), zone))).toHaveLength(1);
  });
});

describe('preemption for pod anti-affinity (SelectVictimsOnNode with the PreFilter extensions: victims removed)', () => {
  const yaml = (urgentAffinity: string) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: anti }
spec:
  cluster:
    nodePools:
    - { name: worker, count: 2, capacity: { cpu: "8", memory: 16Gi } }
  timeline:
  - at: 1m
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: urgent }
      spec:
        template:
          metadata: { labels: { app: x }, annotations: { jobsim/duration: 2m } }
          spec:
            restartPolicy: Never
            priorityClassName: high
${urgentAffinity}            containers:
            - { name: c, image: busybox:1.36, resources: { requests: { cpu: 100m } } }
---
apiVersion: scheduling.k8s.io/v1
kind: PriorityClass
metadata: { name: high }
value: 1000
---
apiVersion: batch/v1
kind: Job
metadata: { name: batch }
spec:
  completions: 2
  parallelism: 2
  template:
    metadata: { labels: { app: x }, annotations: { jobsim/duration: 30m } }
    spec:
      restartPolicy: Never
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
          - { topologyKey: kubernetes.io/hostname, labelSelector: { matchLabels: { app: x } } }
      containers:
      - { name: c, image: busybox:1.36, resources: { requests: { cpu: 100m } } }
`;
  it("a placed pod's anti-affinity keeps a high-priority pod off both nodes until the scheduler preempts one of them", () => {
    const v = view(simulate(yaml(''), { duration: '10m' }));
    const failed = v.events({ reason: 'FailedScheduling' }).map((e) => `${v.sec(e.firstTimestamp)} ${e.involvedObject.name.replace(/-\w+$/, '')}: ${e.message}`);
    expect(failed).toEqual([
      // a successful preemption adds no PostFilter message
      "60 urgent: 0/2 nodes are available: 2 node(s) didn't satisfy existing pods anti-affinity rules.",
      // the preempted pod's replacement (10s pod backoff) meets both app=x pods; at priority 0 it has no victims
      "70 batch: 0/2 nodes are available: 2 node(s) didn't match pod anti-affinity rules. no new claims to deallocate, preemption: 0/2 nodes are available: 2 No preemption victims found for incoming pod.",
    ]);
    const preempted = v.events({ reason: 'Preempted' });
    expect(preempted).toHaveLength(1);
    const urgent = v.podsOf('urgent')[0]!;
    expect(urgent.status.phase).toBe('Succeeded');
    const victim = v.podsOf('batch').find((p) => p.metadata.name === preempted[0]!.involvedObject.name)!;
    expect(victim.spec.nodeName).toBe(urgent.spec.nodeName);
    expect(victim.status.conditions?.find((c) => c.type === 'DisruptionTarget')?.reason).toBe('PreemptionByScheduler');
  });
});

describe('NodePorts: host ports are a per-node resource', () => {
  const yaml = `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: hp }
spec:
  cluster:
    nodePools:
    - { name: worker, count: 3, capacity: { cpu: "8", memory: 16Gi } }
---
apiVersion: batch/v1
kind: Job
metadata: { name: agent }
spec:
  completions: 5
  parallelism: 5
  template:
    metadata: { annotations: { jobsim/duration: 2m } }
    spec:
      restartPolicy: Never
      hostNetwork: true
      containers:
      - { name: c, image: busybox:1.36, ports: [{ containerPort: 9100 }], resources: { requests: { cpu: 100m } } }
`;
  it('a hostNetwork Job (hostPort defaults to containerPort) runs one pod per node; the others wait for a port', () => {
    const v = view(simulate(yaml));
    const starts = v.podsOf('agent').map((p) => v.sec(p.status.startTime)).sort();
    expect(starts).toEqual([0, 0, 0, 120, 120]);
    expect(v.events({ reason: 'FailedScheduling' })[0]!.message).toBe(
      "0/3 nodes are available: 3 node(s) didn't have free ports for the requested pod ports. no new claims to deallocate, preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.",
    );
  });
});
