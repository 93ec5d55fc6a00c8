// Invariant checkers, kept apart from the controllers they check (TigerBeetle's VOPR habit).
// They watch the store to remember history and check the world at the end of every virtual
// instant (when all same-time work is done). Each violation names the invariant, the time,
// the seed and the command that replays it.

import { controllerRefOf, isConditionTrue } from '../api/meta.ts';
import type { CronJob, Job, Node, Pod } from '../api/types.ts';
import { CronJobScheduledTimestampAnnotation } from '../api/types.ts';
import { isoSeconds, parseTime } from '../core/time.ts';
import { findUntoleratedTaint, podRequest } from '../cluster/resources.ts';
import { hardSpreadConstraints } from '../cluster/interpod.ts';
import { isOurs } from '../cluster/scheduler.ts';
import type { NodeInfo } from '../cluster/scheduler.ts';
import { MaxPodCreateDeletePerSync } from '../controllers/job/sync.ts';
import { parseIndexes } from '../controllers/job/indexes.ts';
import { backoffDelayMs, getFinishTimeMs } from '../controllers/job/backoff.ts';
import type { Simulation } from './simulation.ts';

export interface Violation {
  invariant: string;
  timeMs: number;
  time: string;
  message: string;
  seed: number;
  replay: string;
}

/** The named invariants, each with what it promises. */
export const Invariants: Record<string, string> = {
  'time-monotonic': 'virtual time never goes backwards',
  'pod-single-controller': 'every pod has at most one controller owner reference',
  'pod-one-node': 'a pod is bound to at most one node, and its node never changes',
  'node-not-overcommitted': "no node's running pods request more than its allocatable cpu, memory or pods",
  'no-binding-to-unready-node': 'no pod is bound to a node that is not Ready',
  'pending-scheduled-when-fitting': 'a pending pod that fits a node is scheduled within the maximum scheduler back-off',
  'job-active-le-parallelism': "a Job's status.active never exceeds its parallelism",
  'job-succeeded-monotonic': "a Job's status.succeeded never decreases",
  'job-failed-monotonic': "a Job's status.failed never decreases",
  'job-finished-no-new-pods': 'a finished Job never gets a new pod',
  'job-complete-xor-failed': 'a Job never has both Complete and Failed',
  'job-terminal-after-target': 'Failed follows FailureTarget and Complete follows SuccessCriteriaMet',
  'job-finished-no-active': 'a finished Job reports no active pods',
  'job-completion-after-start': 'completionTime is never before startTime',
  'job-indexed-succeeded-is-completed-indexes': "an Indexed Job's succeeded equals the number of its completed indexes",
  'job-counters-agree-with-pods': "a Job's succeeded and failed never exceed the pods that succeeded or failed",
  'job-backoff-never-shrinks': 'a replacement pod waits at least the back-off after the last failure (10s·2^(n-1), capped at 10m), a delay that never shrinks between successes',
  'job-backoff-limit-respected': 'a Job fails with BackoffLimitExceeded only past its backoffLimit',
  'cronjob-one-job-per-slot': 'a CronJob never creates two Jobs for one scheduled time',
  'cronjob-forbid-single-active': 'with concurrencyPolicy Forbid, a CronJob starts no Job while a Job it scheduled is unfinished',
  'cronjob-history-limits': 'finished Jobs kept by a CronJob never exceed its history limits',
  'cronjob-slot-after-creation': "a CronJob's scheduled time is never earlier than its creation",
  'event-object-existed': "every event's object existed",
};

interface JobHistory {
  /** status.active at the controller's last status write */
  lastActive: number;
  /** the status counters last seen: an event that leaves them as they were is not a status write */
  statusKey: string;
  succeeded: number;
  failed: number;
  podsSucceeded: number;
  podsFailedOrDeleted: number;
  finishedAtMs: number | null;
  /** pods that reached phase Failed (not deleted by anyone) since the last success */
  failuresSinceSuccess: number;
  lastFailureFinishMs: number | null;
  podsSeen: Set<string>;
  /** status.completedIndexes as last seen */
  completedIndexes: string | undefined;
}

export class InvariantChecker {
  readonly violations: Violation[] = [];
  private lastNow = -Infinity;
  private jobs = new Map<string, JobHistory>();
  private podNode = new Map<string, string>();
  private seenUids = new Set<string>();
  private eventsChecked = 0;
  private cronSlots = new Map<string, Set<string>>();
  private pendingSince = new Map<string, number>();
  /** uids of live pods created with spec.nodeName (not bound by the scheduler) */
  private createdBound = new Set<string>();
  /** a pending pod's failed scheduling attempts when last looked at */
  private attemptsAtFit = new Map<string, number>();
  private readonly maxViolations = 100;
  private jobControllerWasDown = false;

  constructor(
    private readonly sim: Simulation,
    private readonly replay: string,
  ) {
    const store = sim.store;
    store.watch('Job', (type, job) => this.onJob(type, job));
    store.watch('Pod', (type, pod) => this.onPod(type, pod));
    store.watch('CronJob', (_t, cj) => this.seenUids.add(cj.metadata.uid));
    store.watch('Node', (_t, n) => this.seenUids.add(n.metadata.uid));
  }

  private fail(invariant: string, message: string): void {
    if (this.violations.length >= this.maxViolations) return;
    const t = this.sim.kernel.now;
    this.violations.push({ invariant, timeMs: t, time: isoSeconds(t), message, seed: this.sim.seed, replay: this.replay });
  }

  private hist(job: Job): JobHistory {
    let h = this.jobs.get(job.metadata.uid);
    if (!h) {
      h = { completedIndexes: undefined, statusKey: '', lastActive: 0, succeeded: 0, failed: 0, podsSucceeded: 0, podsFailedOrDeleted: 0, finishedAtMs: null, failuresSinceSuccess: 0, lastFailureFinishMs: null, podsSeen: new Set() };
      this.jobs.set(job.metadata.uid, h);
    }
    return h;
  }

  private onJob(type: string, job: Job): void {
    this.seenUids.add(job.metadata.uid);
    const h = this.hist(job);
    const name = `Job ${job.metadata.namespace}/${job.metadata.name}`;
    const s = job.status;
    // an elastic Indexed Job scaled down drops the successes of the indexes now out of range
    // (parseIndexesFromString clips them to completions)
    const keptSucceeded = job.spec.completionMode === 'Indexed' ? parseIndexes(h.completedIndexes, job.spec.completions ?? 0).length : h.succeeded;
    if ((s.succeeded ?? 0) < Math.min(h.succeeded, keptSucceeded)) this.fail('job-succeeded-monotonic', `${name}: succeeded went from ${h.succeeded} to ${s.succeeded}`);
    h.completedIndexes = s.completedIndexes;
    if ((s.failed ?? 0) < h.failed) this.fail('job-failed-monotonic', `${name}: failed went from ${h.failed} to ${s.failed}`);
    h.succeeded = s.succeeded ?? 0;
    h.failed = s.failed ?? 0;
    const complete = isConditionTrue(s.conditions, 'Complete');
    const failed = isConditionTrue(s.conditions, 'Failed');
    if (complete && failed) this.fail('job-complete-xor-failed', `${name} has both Complete and Failed`);
    if (failed && !isConditionTrue(s.conditions, 'FailureTarget')) this.fail('job-terminal-after-target', `${name} is Failed without FailureTarget`);
    if (complete && !isConditionTrue(s.conditions, 'SuccessCriteriaMet')) this.fail('job-terminal-after-target', `${name} is Complete without SuccessCriteriaMet`);
    if ((complete || failed) && h.finishedAtMs === null) h.finishedAtMs = this.sim.kernel.now;
    if ((complete || failed) && (s.active ?? 0) > 0) this.fail('job-finished-no-active', `${name} is finished with active=${s.active}`);
    if (s.completionTime && s.startTime && parseTime(s.completionTime) < parseTime(s.startTime)) this.fail('job-completion-after-start', `${name}: completionTime ${s.completionTime} before startTime ${s.startTime}`);
    // judged on the controller's status writes: a user's scale-down (a spec change) leaves the old
    // status in place until the next sync deletes the surplus pods
    const statusKey = `${s.active ?? 0}|${s.ready ?? 0}|${s.succeeded ?? 0}|${s.failed ?? 0}|${s.terminating ?? 0}|${s.conditions?.length ?? 0}`;
    const statusWritten = statusKey !== h.statusKey;
    h.statusKey = statusKey;
    // a sync deletes at most MaxPodCreateDeletePerSync (500) surplus pods: a larger surplus takes several
    const parallelism = job.spec.parallelism ?? 1;
    const allowedSurplus = Math.max(0, h.lastActive - parallelism - MaxPodCreateDeletePerSync);
    if (statusWritten && (s.active ?? 0) - parallelism > allowedSurplus && !job.spec.suspend) this.fail('job-active-le-parallelism', `${name}: active ${s.active} > parallelism ${job.spec.parallelism}`);
    if (statusWritten) h.lastActive = s.active ?? 0;
    if (job.spec.completionMode === 'Indexed' && s.completedIndexes !== undefined) {
      // counted as written: a scale-down's new completions clip them only at the next sync
      const n = parseIndexes(s.completedIndexes, Number.MAX_SAFE_INTEGER).length;
      if ((s.succeeded ?? 0) !== n) this.fail('job-indexed-succeeded-is-completed-indexes', `${name}: succeeded ${s.succeeded} but completedIndexes "${s.completedIndexes}" has ${n}`);
    }
    if ((s.succeeded ?? 0) > h.podsSucceeded) this.fail('job-counters-agree-with-pods', `${name}: succeeded ${s.succeeded} but only ${h.podsSucceeded} pods succeeded`);
    if ((s.failed ?? 0) > h.podsFailedOrDeleted) this.fail('job-counters-agree-with-pods', `${name}: failed ${s.failed} but only ${h.podsFailedOrDeleted} pods failed or were deleted`);
    const failedCond = s.conditions?.find((c) => c.type === 'Failed' && c.status === 'True');
    if (failedCond?.reason === 'BackoffLimitExceeded' && job.spec.template.spec.restartPolicy !== 'OnFailure' && (s.failed ?? 0) <= (job.spec.backoffLimit ?? 6)) {
      this.fail('job-backoff-limit-respected', `${name} failed with BackoffLimitExceeded at failed=${s.failed} <= backoffLimit ${job.spec.backoffLimit}`);
    }
    if (type === 'DELETED') this.jobs.delete(job.metadata.uid);
    // CronJob slots
    const ref = controllerRefOf(job);
    if (type === 'ADDED' && ref?.kind === 'CronJob') {
      const slot = job.metadata.annotations?.[CronJobScheduledTimestampAnnotation];
      if (slot !== undefined) {
        let slots = this.cronSlots.get(ref.uid);
        if (!slots) this.cronSlots.set(ref.uid, (slots = new Set()));
        const key = String(parseTime(slot));
        if (slots.has(key)) this.fail('cronjob-one-job-per-slot', `CronJob ${job.metadata.namespace}/${ref.name} created a second Job for ${slot}: ${job.metadata.name}`);
        slots.add(key);
        const cj = this.sim.store.getByUid(ref.uid) as CronJob | undefined;
        if (cj && parseTime(slot) < parseTime(cj.metadata.creationTimestamp)) this.fail('cronjob-slot-after-creation', `CronJob ${cj.metadata.name}: scheduled time ${slot} is before its creation ${cj.metadata.creationTimestamp}`);
        // Forbid is judged when a Job starts: the Jobs already running may outnumber one when the
        // policy was Allow before, and a Job made by hand (no scheduled time) is not in the active list
        if (cj?.spec.concurrencyPolicy === 'Forbid') {
          let running = 0;
          for (const d of this.sim.store.dependentsOf(cj.metadata.uid)) {
            if (d === job || d.kind !== 'Job' || d.metadata.deletionTimestamp !== undefined || d.metadata.annotations?.[CronJobScheduledTimestampAnnotation] === undefined || controllerRefOf(d)?.uid !== cj.metadata.uid) continue;
            const c = (d as Job).status.conditions;
            if (!isConditionTrue(c, 'Complete') && !isConditionTrue(c, 'Failed')) running++;
          }
          if (running > 0) this.fail('cronjob-forbid-single-active', `CronJob ${cj.metadata.name} (Forbid) started ${job.metadata.name} while ${running} of its Jobs run`);
        }
      }
    }
  }

  private onPod(type: string, pod: Pod): void {
    const uid = pod.metadata.uid;
    this.seenUids.add(uid);
    const refs = (pod.metadata.ownerReferences ?? []).filter((r) => r.controller);
    if (refs.length > 1) this.fail('pod-single-controller', `Pod ${pod.metadata.name} has ${refs.length} controller references`);
    const prevNode = this.podNode.get(uid);
    const node = pod.spec.nodeName;
    if (node !== undefined && prevNode === undefined) {
      this.podNode.set(uid, node);
      this.pendingSince.delete(uid);
      this.attemptsAtFit.delete(uid);
      const n = this.sim.store.get('Node', '', node);
      // a binding by the scheduler; a pod created with spec.nodeName was placed by its author
      const bound = type !== 'ADDED';
      // the scheduler keeps pods off a not-Ready node by its taints (TaintNodesByCondition): a pod
      // that tolerates them may be bound there, as upstream binds it
      const untolerated = n && findUntoleratedTaint(n.spec.taints, pod.spec.tolerations, ['NoSchedule', 'NoExecute']) !== undefined;
      if (bound && n && !isConditionTrue(n.status.conditions, 'Ready') && untolerated) this.fail('no-binding-to-unready-node', `Pod ${pod.metadata.name} was bound to ${node}, which is not Ready`);
    } else if (node !== undefined && prevNode !== node) this.fail('pod-one-node', `Pod ${pod.metadata.name} moved from ${prevNode} to ${node}`);
    if (type === 'ADDED' && node === undefined) this.pendingSince.set(uid, -1);
    if (type === 'ADDED' && node !== undefined) this.createdBound.add(uid);
    const ref = controllerRefOf(pod);
    const job = ref?.kind === 'Job' ? (this.sim.store.getByUid(ref.uid) as Job | undefined) : undefined;
    if (job) {
      const h = this.hist(job);
      if (type === 'ADDED') {
        if (h.finishedAtMs !== null) this.fail('job-finished-no-new-pods', `Job ${job.metadata.name} got pod ${pod.metadata.name} after it finished`);
        // back-off: with one pod at a time, a replacement comes no earlier than the back-off of the
        // failures seen since the last success allows (the controller may count more failures,
        // e.g. deleted pods, and so wait longer; never less)
        if ((job.spec.parallelism ?? 1) === 1 && job.spec.backoffLimitPerIndex === undefined && h.lastFailureFinishMs !== null && h.failuresSinceSuccess > 0) {
          const earliest = h.lastFailureFinishMs + backoffDelayMs(h.failuresSinceSuccess);
          const createdMs = this.sim.kernel.now;
          if (createdMs < earliest) this.fail('job-backoff-never-shrinks', `Job ${job.metadata.name}: replacement ${pod.metadata.name} created ${createdMs - h.lastFailureFinishMs}ms after the failure at ${isoSeconds(h.lastFailureFinishMs)}; ${h.failuresSinceSuccess} failure(s) since the last success require ${backoffDelayMs(h.failuresSinceSuccess)}ms`);
        }
      }
      if (!h.podsSeen.has(uid) && (pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed' || pod.metadata.deletionTimestamp !== undefined || type === 'DELETED')) {
        h.podsSeen.add(uid);
        if (pod.status.phase === 'Succeeded') {
          h.podsSucceeded++;
          h.failuresSinceSuccess = 0;
          h.lastFailureFinishMs = null;
        } else {
          h.podsFailedOrDeleted++;
          if (pod.status.phase === 'Failed' && pod.metadata.deletionTimestamp === undefined) {
            h.failuresSinceSuccess++;
            const finish = getFinishTimeMs(pod);
            if (h.lastFailureFinishMs === null || finish > h.lastFailureFinishMs) h.lastFailureFinishMs = finish;
          }
        }
      } else if (h.podsSeen.has(uid) && pod.status.phase === 'Succeeded' && !h.podsSeen.has(`${uid}/s`)) {
        // deleted first (counted as failed), then reported Succeeded: a success for the back-off
        // too (newBackoffRecord), which forgets the failures that finished before it
        h.podsSeen.add(`${uid}/s`);
        h.podsSucceeded++;
        if (h.lastFailureFinishMs === null || getFinishTimeMs(pod) > h.lastFailureFinishMs) {
          h.failuresSinceSuccess = 0;
          h.lastFailureFinishMs = null;
        }
      }
    }
    if (type === 'DELETED') {
      this.podNode.delete(uid);
      this.createdBound.delete(uid);
      this.pendingSince.delete(uid);
      this.attemptsAtFit.delete(uid);
    }
  }

  /** Checks the world at the end of an instant. */
  check(): void {
    const sim = this.sim;
    const now = sim.kernel.now;
    if (now < this.lastNow) this.fail('time-monotonic', `time went from ${isoSeconds(this.lastNow)} back to ${isoSeconds(now)}`);
    this.lastNow = now;
    // a Job controller that restarts forgets its back-off records (as upstream's in-memory store)
    const down = sim.jobController.queue.isDown;
    if (down && !this.jobControllerWasDown) {
      for (const h of this.jobs.values()) {
        h.failuresSinceSuccess = 0;
        h.lastFailureFinishMs = null;
      }
    }
    this.jobControllerWasDown = down;
    // every event's object existed
    const events = sim.store.events;
    for (; this.eventsChecked < events.length; this.eventsChecked++) {
      const e = events[this.eventsChecked]!;
      if (!this.seenUids.has(e.involvedObject.uid)) this.fail('event-object-existed', `event ${e.reason} names ${e.involvedObject.kind} ${e.involvedObject.name} (${e.involvedObject.uid}), which never existed`);
    }
    // nodes within their allocatable
    for (const ni of sim.scheduler.nodes) {
      let cpu = 0;
      let mem = 0;
      let n = 0;
      for (const p of sim.store.podsOnNodeNamed(ni.node.metadata.name)) {
        if (p.status.phase === 'Succeeded' || p.status.phase === 'Failed') continue;
        // a pod created with spec.nodeName skipped the scheduler: the kubelet's admission decides
        // whether it fits (OutOfcpu), so it counts once admitted
        if (p.status.startTime === undefined && this.createdBound.has(p.metadata.uid)) continue;
        const r = podRequest(p);
        cpu += r.cpuMilli;
        mem += r.memoryBytes;
        n++;
      }
      if (cpu > ni.allocCpu || mem > ni.allocMem || n > ni.allocPods) this.fail('node-not-overcommitted', `node ${ni.node.metadata.name}: ${n} pods requesting ${cpu}m cpu and ${mem} bytes exceed allocatable ${ni.allocCpu}m, ${ni.allocMem} bytes, ${ni.allocPods} pods`);
    }
    // pending pods that have fitted a Ready node for longer than the maximum back-off (10s) plus latency
    const limit = 10_000 + sim.scenario.config.latencies.schedulingMs + 1_000;
    for (const [uid, fitSince] of this.pendingSince) {
      const pod = sim.store.getByUid(uid) as Pod | undefined;
      if (!pod || pod.spec.nodeName || pod.metadata.deletionTimestamp !== undefined) continue;
      // a gated pod never reaches the scheduling queue (SchedulingGates PreEnqueue)
      const gates = pod.spec['schedulingGates'] as unknown[] | undefined;
      if (gates && gates.length > 0) continue;
      // a pod for a scheduler that does not run here waits for it forever
      if (!isOurs(pod)) continue;
      const ready = (ni: NodeInfo) => isConditionTrue((ni.node as Node).status.conditions, 'Ready');
      // a pod PodTopologySpread rejected is not retried when a matching pod starts terminating (an
      // "other" Pod update the plugin does not register), though the terminating pod no longer
      // counts: it must fit with the terminating pods counted too, or it waits for their end
      const fits = sim.scheduler.fitsSomeNode(pod, ready) && (hardSpreadConstraints(pod).length === 0 || sim.scheduler.fitsSomeNode(pod, ready, true));
      // an attempt that failed within an instant (others took the room first) restarts the wait,
      // though the pod fits again by the instant's end
      const attempts = sim.scheduler.failedAttemptsOf(pod);
      const failedSince = attempts !== (this.attemptsAtFit.get(uid) ?? 0);
      this.attemptsAtFit.set(uid, attempts);
      if (!fits) this.pendingSince.set(uid, -1);
      else if (fitSince < 0 || failedSince) this.pendingSince.set(uid, now);
      else if (now - fitSince > limit) {
        this.fail('pending-scheduled-when-fitting', `Pod ${pod.metadata.name} has fitted a node since ${isoSeconds(fitSince)} but is still pending`);
        this.pendingSince.set(uid, now);
      }
    }
    // CronJobs: Forbid and history
    for (const cj of sim.store.list('CronJob')) {
      const { ok, bad } = cronJobJobCounts(sim, cj);
      const down = sim.cronJobController.queue.isDown;
      if (!down && ok > (cj.spec.successfulJobsHistoryLimit ?? 3)) this.fail('cronjob-history-limits', `CronJob ${cj.metadata.name} keeps ${ok} successful Jobs, limit ${cj.spec.successfulJobsHistoryLimit ?? 3}`);
      if (!down && bad > (cj.spec.failedJobsHistoryLimit ?? 1)) this.fail('cronjob-history-limits', `CronJob ${cj.metadata.name} keeps ${bad} failed Jobs, limit ${cj.spec.failedJobsHistoryLimit ?? 1}`);
    }
  }
}

/** A CronJob's Jobs that are not being deleted, by outcome (what Forbid and the history limits bound). */
export function cronJobJobCounts(sim: Simulation, cj: CronJob): { unfinished: number; ok: number; bad: number } {
  let unfinished = 0;
  let ok = 0;
  let bad = 0;
  for (const d of sim.store.dependentsOf(cj.metadata.uid)) {
    // the controller reconciles only the Jobs it controls (getJobsToBeReconciled: the controllerRef)
    if (d.kind !== 'Job' || d.metadata.deletionTimestamp !== undefined || controllerRefOf(d)?.uid !== cj.metadata.uid) continue;
    const j = d as Job;
    if (isConditionTrue(j.status.conditions, 'Complete')) ok++;
    else if (isConditionTrue(j.status.conditions, 'Failed')) bad++;
    else unfinished++;
  }
  return { unfinished, ok, bad };
}

/** Attaches a checker that runs at the end of every instant. */
export function attachInvariants(sim: Simulation, replay: string): InvariantChecker {
  const checker = new InvariantChecker(sim, replay);
  return checker;
}

/** The afterStep hook: check once all work of the current instant is done. */
export function endOfInstantHook(checker: InvariantChecker): (sim: Simulation) => void {
  return (sim) => {
    const next = sim.kernel.peekTime();
    if (next === null || next > sim.kernel.now) checker.check();
  };
}
