// End-to-end Job controller scenarios with the expected virtual timestamps (seconds since start).
// Timing rules used below (reference job-controller.md): pod changes reach the Job controller
// batched by 1s (§3.6); replacements wait 10s·2^(n-1) from the last failure's finish (§3.3);
// terminal conditions are two-phase (§2.8); containers run 10s by default (contract §2).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/index.ts';
import { jobYaml, simYaml, view } from '../fixtures/result.ts';

describe('Job controller end to end', () => {
  it('§2.6/§2.8: a one-pod Job completes one batch period after its pod succeeds (CompletionsReached)', () => {
    const v = view(simulate(jobYaml('pi', 'backoffLimit: 4')));
    const job = v.job('pi');
    expect(v.condTimes(job)).toEqual(['SuccessCriteriaMet=True/CompletionsReached@11', 'Complete=True/CompletionsReached@11']);
    expect(v.sec(job.status.startTime)).toBe(0);
    expect(v.sec(job.status.completionTime)).toBe(11);
    // JobStatus omitempty: active and failed at 0 are absent; ready and terminating (pointers) stay
    expect(job.status).toMatchObject({ succeeded: 1, ready: 0, terminating: 0 });
    expect(Object.keys(job.status)).not.toContain('active');
    expect(Object.keys(job.status)).not.toContain('failed');
    const pods = v.podsOf('pi');
    expect(pods).toHaveLength(1);
    expect(pods[0]!.status.phase).toBe('Succeeded');
    expect(pods[0]!.metadata.finalizers).toBeUndefined();
    expect(v.events({ name: 'pi' }).map((e) => e.reason)).toEqual(['SuccessfulCreate', 'Completed']);
    expect(v.events({ kind: 'Pod' }).map((e) => e.reason)).toEqual(['Scheduled', 'Pulled', 'Created', 'Started']);
  });

  it('§2.4 step 4: backoffLimit 2 with a pod that always exits 1 gives 3 failed pods and BackoffLimitExceeded', () => {
    const v = view(simulate(jobYaml('fail', 'backoffLimit: 2', { exitCodes: '1' })));
    const job = v.job('fail');
    expect(v.created(v.podsOf('fail'))).toEqual([0, 20, 50]);
    expect(v.podsOf('fail').map((p) => p.status.phase)).toEqual(['Failed', 'Failed', 'Failed']);
    expect(v.condTimes(job)).toEqual(['FailureTarget=True/BackoffLimitExceeded@61', 'Failed=True/BackoffLimitExceeded@61']);
    expect(job.status.failed).toBe(3);
    expect(job.status.completionTime).toBeUndefined();
    const w = v.events({ reason: 'BackoffLimitExceeded' });
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ type: 'Warning', message: 'Job has reached the specified backoff limit', source: { component: 'job-controller' } });
  });

  it('§3.3: replacements after 10s, 20s, 40s, 80s, 160s, 320s; Failed after the 7th failure (backoffLimit 6)', () => {
    const v = view(simulate(jobYaml('flaky', 'backoffLimit: 6', { exitCodes: '1', duration: '10s' })));
    const created = v.created(v.podsOf('flaky'));
    expect(created).toEqual([0, 20, 50, 100, 190, 360, 690]);
    const gaps = created.slice(1).map((c, i) => c - (created[i]! + 10));
    expect(gaps).toEqual([10, 20, 40, 80, 160, 320]);
    expect(v.sec(v.cond(v.job('flaky'), 'Failed')!.lastTransitionTime)).toBe(701);
  });

  it('§3.2: a success resets the back-off (exit codes 1,1,0 then the next failure waits 10s again)', () => {
    const v = view(simulate(jobYaml('reset', 'completions: 2\nbackoffLimit: 6', { exitCodes: '1,0,1,0' })));
    // pod1 0-10 fails; pod2 at 20 succeeds at 30; pod3 created at 31 (no back-off after a success), fails at 41; pod4 at 51
    expect(v.created(v.podsOf('reset'))).toEqual([0, 20, 31, 51]);
    expect(v.job('reset').status).toMatchObject({ succeeded: 2, failed: 2 });
  });

  it('§2.4 step 5 / §9: activeDeadlineSeconds fails the Job at startTime + ADS, then Failed once the pod is gone', () => {
    const v = view(simulate(jobYaml('slow', 'activeDeadlineSeconds: 60', { duration: '5m' })));
    const job = v.job('slow');
    expect(v.condTimes(job)).toEqual(['FailureTarget=True/DeadlineExceeded@60', 'Failed=True/DeadlineExceeded@61']);
    expect(job.status.failed).toBe(1);
    expect(v.events({ reason: 'DeadlineExceeded' })[0]!.message).toBe('Job was active longer than specified deadline');
    expect(v.events({ reason: 'SuccessfulDelete', name: 'slow' })).toHaveLength(1);
  });

  it('§2.6: completions 10, parallelism 2 never runs more than 2 pods and ends with 10 successes', () => {
    const v = view(simulate(jobYaml('par', 'completions: 10\nparallelism: 2')));
    const pods = v.podsOf('par');
    expect(pods).toHaveLength(10);
    // rounds of 10s plus the 1s batching: 0, 11, 22, 33, 44
    expect(v.created(pods)).toEqual([0, 0, 11, 11, 22, 22, 33, 33, 44, 44]);
    expect(v.sec(v.job('par').status.completionTime)).toBe(55);
  });

  it('§15 item 12: completions 0 completes on the first sync; parallelism 0 never creates pods', () => {
    const v0 = view(simulate(jobYaml('zero', 'completions: 0')));
    expect(v0.condTimes(v0.job('zero'))).toEqual(['SuccessCriteriaMet=True/CompletionsReached@0', 'Complete=True/CompletionsReached@0']);
    expect(v0.podsOf('zero')).toHaveLength(0);
    const vp = view(simulate(jobYaml('paused', 'completions: 1\nparallelism: 0')));
    expect(vp.podsOf('paused')).toHaveLength(0);
    expect(vp.job('paused').status.conditions).toBeUndefined();
  });

  it('§15 item 11: a work-queue Job (completions unset) completes when the first success is in and no pod is active', () => {
    const v = view(simulate(jobYaml('wq', 'parallelism: 3', { duration: '10s' })));
    expect(v.podsOf('wq')).toHaveLength(3);
    expect(v.job('wq').status.succeeded).toBe(3);
    expect(v.sec(v.job('wq').status.completionTime)).toBe(11);
  });

  it('§2.6 step 2 / §12: Indexed pods get index names, hostname, label, annotation and JOB_COMPLETION_INDEX', () => {
    const v = view(simulate(jobYaml('idx', 'completions: 3\nparallelism: 3\ncompletionMode: Indexed')));
    const pods = v.podsOf('idx');
    expect(pods.map((p) => p.metadata.generateName).sort()).toEqual(['idx-0-', 'idx-1-', 'idx-2-']);
    const p0 = pods.find((p) => p.metadata.generateName === 'idx-0-')!;
    expect(p0.spec.hostname).toBe('idx-0');
    expect(p0.metadata.labels!['batch.kubernetes.io/job-completion-index']).toBe('0');
    expect(p0.metadata.annotations!['batch.kubernetes.io/job-completion-index']).toBe('0');
    expect(p0.spec.containers[0]!.env).toEqual([{ name: 'JOB_COMPLETION_INDEX', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: "metadata.labels['batch.kubernetes.io/job-completion-index']" } } }]);
    expect(v.job('idx').status).toMatchObject({ succeeded: 3, completedIndexes: '0-2' });
  });

  it('§6: backoffLimitPerIndex 1: an index that always fails is retried once, then failed; the Job ends FailedIndexes', () => {
    const yaml = `${simYaml('blpi', `behaviors:
- selector: { matchLabels: { app: test } }
  perIndex:
    "1": { exitCodes: [1] }`)}${jobYaml('blpi', 'completions: 3\nparallelism: 3\ncompletionMode: Indexed\nbackoffLimitPerIndex: 1')}`;
    const v = view(simulate(yaml));
    const job = v.job('blpi');
    const idx1 = v.podsOf('blpi').filter((p) => p.metadata.generateName === 'blpi-1-');
    expect(idx1.map((p) => p.metadata.annotations!['batch.kubernetes.io/job-index-failure-count'])).toEqual(['0', '1']);
    // index 1 fails at 10, sync at 11 creates the replacement after the per-index back-off of 10s: at 20
    expect(v.created(idx1)).toEqual([0, 20]);
    expect(job.status).toMatchObject({ completedIndexes: '0,2', failedIndexes: '1', succeeded: 2, failed: 2 });
    expect(v.cond(job, 'Failed')!.reason).toBe('FailedIndexes');
    expect(v.events({ reason: 'FailedIndexes' })[0]!.message).toBe('Job has failed indexes');
  });

  it('§6 (upstream "job failed due to exceeding backoffLimit before backoffLimitPerIndex"): the backoffLimit counts the failed pods indexes keep for delayed deletion', () => {
    const v = view(simulate(jobYaml('blpi', 'completionMode: Indexed\ncompletions: 2\nparallelism: 2\nbackoffLimitPerIndex: 1\nbackoffLimit: 1', { exitCodes: '1' })));
    const job = v.job('blpi');
    // both first pods fail at 10: 2 > backoffLimit 1 in the sync at 11, before any replacement
    expect(v.created(v.podsOf('blpi'))).toEqual([0, 0]);
    expect(v.condTimes(job)).toEqual(['FailureTarget=True/BackoffLimitExceeded@11', 'Failed=True/BackoffLimitExceeded@11']);
    expect(job.status).toMatchObject({ failed: 2 });
    expect(job.status.active).toBeUndefined();
  });

  it('§2.4 / trackJobStatusAndRemoveFinalizers: once the Job fails, a pod already terminating counts as failed (podReplacementPolicy Failed)', () => {
    // the pod is evicted from its unreachable node at about 6:55 and stays Terminating; the deadline fails the Job at 10:00
    const yaml = `${simYaml('term', `duration: 30m
cluster:
  nodePools:
  - { name: wk, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
  - { name: ot, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 } }
faults:
- { at: 60s, nodeDown: wk-1, for: 20m }`)}${jobYaml('pf', 'podReplacementPolicy: Failed\nactiveDeadlineSeconds: 600', { duration: '1h', templateExtra: 'nodeSelector: { kubernetes.io/hostname: wk-1 }' })}`;
    const v = view(simulate(yaml));
    const job = v.job('pf');
    expect(v.cond(job, 'FailureTarget')!.reason).toBe('DeadlineExceeded');
    expect(v.podsOf('pf')).toHaveLength(1);
    expect(job.status).toMatchObject({ failed: 1, terminating: 0 });
  });

  it('§5: a podFailurePolicy FailJob rule on exit code 42 fails the Job with the exact upstream message', () => {
    const v = view(
      simulate(
        jobYaml('pfp', 'backoffLimit: 6\npodFailurePolicy:\n  rules:\n  - action: FailJob\n    onExitCodes: { containerName: c, operator: In, values: [42] }', { exitCodes: '42' }),
      ),
    );
    const job = v.job('pfp');
    const pod = v.podsOf('pfp')[0]!;
    const msg = `Container c for pod default/${pod.metadata.name} failed with exit code 42 matching FailJob rule at index 0`;
    expect(v.cond(job, 'FailureTarget')).toMatchObject({ reason: 'PodFailurePolicy', message: msg });
    expect(v.cond(job, 'Failed')).toMatchObject({ reason: 'PodFailurePolicy', message: msg });
    expect(v.podsOf('pfp')).toHaveLength(1);
    expect(job.status.failed).toBe(1);
  });

  it('§7: successPolicy succeededIndexes "0" completes the Job when the leader succeeds; workers are deleted, not failed', () => {
    const yaml = `${simYaml('sp', `behaviors:
- selector: { matchLabels: { app: test } }
  duration: 1h
  perIndex:
    "0": { duration: 30s }`)}${jobYaml('sp', 'completions: 3\nparallelism: 3\ncompletionMode: Indexed\nsuccessPolicy:\n  rules:\n  - succeededIndexes: "0"')}`;
    const v = view(simulate(yaml));
    const job = v.job('sp');
    expect(v.condTimes(job)).toEqual(['SuccessCriteriaMet=True/SuccessPolicy@31', 'Complete=True/SuccessPolicy@32']);
    expect(v.cond(job, 'Complete')!.message).toBe('Matched rules at index 0');
    expect(job.status).toMatchObject({ succeeded: 1, completedIndexes: '0' });
    expect(job.status.failed).toBeUndefined();
    expect(job.status.active).toBeUndefined();
  });

  it('§8: a Job created suspended waits; resuming resets startTime and emits Resumed', () => {
    const yaml = `${simYaml('s', `timeline:
- { at: 1m, patch: { kind: Job, name: sus, spec: { suspend: false } } }`)}${jobYaml('sus', 'suspend: true')}`;
    const v = view(simulate(yaml));
    const job = v.job('sus');
    expect(v.created(v.podsOf('sus'))).toEqual([60]);
    expect(v.sec(job.status.startTime)).toBe(60);
    expect(v.condTimes(job)).toEqual(['Suspended=False/JobResumed@60', 'SuccessCriteriaMet=True/CompletionsReached@71', 'Complete=True/CompletionsReached@71']);
    expect(v.events({ name: 'sus' }).map((e) => `${e.reason}@${v.sec(e.firstTimestamp)}`)).toEqual(['Suspended@0', 'SuccessfulCreate@60', 'Resumed@60', 'Completed@71']);
  });

  it('§8: suspending a running Job deletes its pods without counting them as failed', () => {
    const yaml = `${simYaml('s', `timeline:
- { at: 30s, patch: { kind: Job, name: sus2, spec: { suspend: true } } }`)}${jobYaml('sus2', 'parallelism: 2\ncompletions: 2', { duration: '5m' })}`;
    const v = view(simulate(yaml));
    const job = v.job('sus2');
    expect(job.status.failed).toBeUndefined();
    expect(job.status.active).toBeUndefined();
    expect(v.cond(job, 'Suspended')).toMatchObject({ reason: 'JobSuspended', message: 'Job suspended' });
    expect(v.podsOf('sus2').every((p) => p.status.phase === 'Failed' && p.metadata.deletionTimestamp !== undefined)).toBe(true);
  });

  it('§3.5: OnFailure restarts count toward backoffLimit with >= (backoffLimit 2 fails at the 2nd restart)', () => {
    const v = view(simulate(jobYaml('onf', 'backoffLimit: 2', { exitCodes: '1', restartPolicy: 'OnFailure' })));
    const job = v.job('onf');
    // run 1 0-10, restart at once; run 2 10-20, crash-loop back-off 10s, restart at 30 (restartCount 2)
    expect(v.condTimes(job)).toEqual(['FailureTarget=True/BackoffLimitExceeded@31', 'Failed=True/BackoffLimitExceeded@32']);
    expect(v.podsOf('onf')).toHaveLength(1);
    expect(job.status.failed).toBe(1);
  });

  it('§10: ttlSecondsAfterFinished deletes the Job and, through the garbage collector, its pods', () => {
    const v = view(simulate(jobYaml('ttl', 'ttlSecondsAfterFinished: 100')));
    const job = v.job('ttl');
    expect(v.sec(job.status.completionTime)).toBe(11);
    expect(v.sec(job.metadata.deletionTimestamp)).toBe(111);
    expect(v.podsOf('ttl')[0]!.metadata.deletionTimestamp).toBeDefined();
  });
});

describe('pod creates the API server refuses', () => {
  it('a priorityClassName with no PriorityClass: FailedCreate from the Priority admission, retried with the 1s..60s rate limiter', () => {
    const yaml = jobYaml('pc', 'completions: 3\nparallelism: 3', { templateExtra: 'priorityClassName: nope' });
    const v = view(simulate(yaml, { duration: '200s' }));
    expect(v.podsOf('pc')).toHaveLength(0);
    const fc = v.events({ reason: 'FailedCreate' });
    expect(fc[0]!.message).toBe('Error creating: pods "pc-" is forbidden: no PriorityClass with name nope was found');
    // slow start stops after the failed batch of 1: one event per sync
    expect(fc.map((e) => v.sec(e.firstTimestamp))).toEqual([0, 1, 3, 7, 15, 31, 63, 123, 183]);
    expect(v.job('pc').status.active).toBeUndefined();
  });

  it('without a duration the run ends when only those retries are left', () => {
    const v = view(simulate(jobYaml('pc', 'completions: 1', { templateExtra: 'priorityClassName: nope' })));
    expect(v.sec(v.r.spec.end)).toBeLessThan(60);
  });
});

describe('Job controller outage (faults: controllerDown job)', () => {
  it('nothing is created while the controller is down; on its return it relists and syncs at once', () => {
    const yaml = `${simYaml('outage', `faults:
- { at: 0s, controllerDown: job, for: 1m }`)}${jobYaml('late', 'completions: 2\nparallelism: 2')}`;
    const v = view(simulate(yaml));
    const job = v.job('late');
    expect(v.created(v.podsOf('late'))).toEqual([60, 60]);
    expect(v.sec(job.status.startTime)).toBe(60);
    expect(v.sec(job.status.completionTime)).toBe(71);
  });

  it('a pod that fails during the outage is counted after the return, and the forgotten back-off does not delay its replacement', () => {
    const yaml = `${simYaml('outage2', `faults:
- { at: 5s, controllerDown: job, for: 1m }`)}${jobYaml('f', 'backoffLimit: 3', { exitCodes: '1,0' })}`;
    const v = view(simulate(yaml));
    // pod 1 fails at 10s while the controller is down; at 65s the relist counts it: the back-off
    // record is new, so the failure's finish time (10s) + 10s is long past and the replacement comes at once
    expect(v.created(v.podsOf('f'))).toEqual([0, 65]);
    expect(v.job('f').status).toMatchObject({ failed: 1, succeeded: 1 });
  });
});

describe('Job labels (SetDefaults_Job, then the registry strategy generateSelector)', () => {
  it('a Job without labels takes its template label map itself, so the generated labels reach the Job too', () => {
    const v = view(simulate(jobYaml('lab', 'completions: 1')));
    const job = v.job('lab');
    expect(job.metadata.labels).toEqual({ app: 'test', 'batch.kubernetes.io/controller-uid': job.metadata.uid, 'batch.kubernetes.io/job-name': 'lab', 'controller-uid': job.metadata.uid, 'job-name': 'lab' });
  });
  it('a Job with labels of its own keeps just those', () => {
    const v = view(simulate(jobYaml('own', 'completions: 1').replace('  name: own\n', '  name: own\n  labels: { team: a }\n')));
    expect(v.job('own').metadata.labels).toEqual({ team: 'a' });
  });
});

describe('a negative terminationGracePeriodSeconds (accepted with a warning, treated as 1)', () => {
  it('pods deleted by the controller get a 1s grace period', () => {
    const yaml = jobYaml('neg', 'activeDeadlineSeconds: 5', { duration: '1m', templateExtra: 'terminationGracePeriodSeconds: -1' });
    const v = view(simulate(yaml));
    const pod = v.podsOf('neg')[0]!;
    expect(pod.spec.terminationGracePeriodSeconds).toBe(-1);
    expect(pod.metadata.deletionGracePeriodSeconds).toBe(1);
    expect(v.sec(pod.metadata.deletionTimestamp)).toBe(6);
  });
});
