// End-to-end CronJob controller scenarios (reference cronjob-and-friends.md §2), with the
// expected virtual times in seconds since 2026-01-01T00:00:00Z (minute 29453760 since the epoch).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simulate } from '../../src/index.ts';
import { runCommand } from '../../src/cli/main.ts';
import { behaviourAnnotations, indent, simYaml, view } from '../fixtures/result.ts';

const M0 = 29453760; // minutes since the epoch at the start

function cronYaml(name: string, spec: string, opts: { duration?: string; exitCodes?: string; sim?: string } = {}): string {
  const ann = behaviourAnnotations(opts, 10);
  return `${opts.sim ? simYaml(name, opts.sim) : ''}apiVersion: batch/v1
kind: CronJob
metadata:
  name: ${name}
spec:
${indent(spec, 2)}
  jobTemplate:
    spec:
      template:
${ann ? `        metadata:\n${ann}` : ''}        spec:
          containers:
          - name: c
            image: busybox:1.28
          restartPolicy: OnFailure
`;
}

describe('CronJob controller end to end', () => {
  it('§2.3/§2.5/§2.6 l-n: an every-minute CronJob creates <name>-<minutes> 100ms after each minute', () => {
    const v = view(simulate(cronYaml('hello', 'schedule: "*/1 * * * *"'), { duration: '3m30s' }));
    const jobs = v.jobsOf('hello');
    expect(jobs.map((j) => j.metadata.name)).toEqual([`hello-${M0 + 1}`, `hello-${M0 + 2}`, `hello-${M0 + 3}`]);
    expect(jobs.map((j) => v.sec(j.metadata.creationTimestamp))).toEqual([60, 120, 180]);
    expect(jobs[0]!.metadata.annotations!['batch.kubernetes.io/cronjob-scheduled-timestamp']).toBe('2026-01-01T00:01:00Z');
    expect(jobs[0]!.metadata.ownerReferences).toEqual([{ apiVersion: 'batch/v1', kind: 'CronJob', name: 'hello', uid: expect.any(String), controller: true, blockOwnerDeletion: true }]);
    // API defaulting on the created Job
    expect(jobs[0]!.spec).toMatchObject({ backoffLimit: 6, completions: 1, parallelism: 1, completionMode: 'NonIndexed', suspend: false });
    const cj = v.r.items!.find((o) => o.kind === 'CronJob')!;
    expect((cj as unknown as { status: Record<string, unknown> }).status).toMatchObject({ lastScheduleTime: '2026-01-01T00:03:00Z', lastSuccessfulTime: '2026-01-01T00:03:11Z' });
    const evs = v.events({ kind: 'CronJob' }).map((e) => `${e.reason}@${v.sec(e.firstTimestamp)}`);
    expect(evs).toEqual(['SuccessfulCreate@60', 'SawCompletedJob@71', 'SuccessfulCreate@120', 'SawCompletedJob@131', 'SuccessfulCreate@180', 'SawCompletedJob@191']);
    expect(v.events({ reason: 'SawCompletedJob' })[0]!.message).toBe(`Saw completed job: hello-${M0 + 1}, condition: Complete`);
  });

  it('§2.7: successfulJobsHistoryLimit 3 deletes the oldest finished Job (by startTime) when a 4th is finished', () => {
    const v = view(simulate(cronYaml('hist', 'schedule: "*/1 * * * *"'), { duration: '5m30s' }));
    const deletes = v.events({ reason: 'SuccessfulDelete', kind: 'CronJob' });
    expect(deletes.map((e) => `${e.message}@${v.sec(e.firstTimestamp)}`)).toEqual([`Deleted job hist-${M0 + 1}@251`, `Deleted job hist-${M0 + 2}@311`]);
    const live = v.jobsOf('hist').filter((j) => j.metadata.deletionTimestamp === undefined);
    expect(live.map((j) => j.metadata.name)).toEqual([`hist-${M0 + 3}`, `hist-${M0 + 4}`, `hist-${M0 + 5}`]);
  });

  it('§2.6 j / §8 item 6: Forbid does not record the blocked slot, so it starts late when the active Job finishes', () => {
    const v = view(simulate(cronYaml('forbid', 'schedule: "*/1 * * * *"\nconcurrencyPolicy: Forbid', { duration: '150s' }), { duration: '4m' }));
    const jobs = v.jobsOf('forbid');
    // slot 1 runs 60→210 (done at 211); slots 2 and 3 are blocked; slot 3 starts at 211
    expect(jobs.map((j) => `${j.metadata.name}@${v.sec(j.metadata.creationTimestamp)}`)).toEqual([`forbid-${M0 + 1}@60`, `forbid-${M0 + 3}@211`]);
    expect(v.events({ reason: 'JobAlreadyActive' }).map((e) => v.sec(e.firstTimestamp))).toEqual([120, 180]);
    expect(v.events({ reason: 'JobAlreadyActive' })[0]!.message).toBe('Not starting job because prior execution is running and concurrency policy is Forbid');
  });

  it('§2.6 k: Replace deletes the active Job (background) and creates the new one in the same sync', () => {
    const v = view(simulate(cronYaml('replace', 'schedule: "*/1 * * * *"\nconcurrencyPolicy: Replace', { duration: '150s' }), { duration: '2m30s' }));
    const evs = v.events({ kind: 'CronJob' }).map((e) => `${e.reason}:${e.message}@${v.sec(e.firstTimestamp)}`);
    expect(evs).toEqual([`SuccessfulCreate:Created job replace-${M0 + 1}@60`, `SuccessfulDelete:Deleted job replace-${M0 + 1}@120`, `SuccessfulCreate:Created job replace-${M0 + 2}@120`]);
    const first = v.jobsOf('replace')[0]!;
    expect(v.sec(first.metadata.deletionTimestamp)).toBe(120);
    expect(v.podsOf(first.metadata.name)[0]!.metadata.deletionTimestamp).toBeDefined();
  });

  it('§2.4/§8 items 1-2: after an outage only the most recent missed slot runs', () => {
    const sim = 'faults:\n- { at: 30s, controllerDown: cronjob, for: 5m }';
    const v = view(simulate(cronYaml('outage', 'schedule: "*/1 * * * *"', { sim }), { duration: '6m10s' }));
    const jobs = v.jobsOf('outage');
    expect(jobs.map((j) => `${j.metadata.name}@${v.sec(j.metadata.creationTimestamp)}`)).toEqual([`outage-${M0 + 5}@330`, `outage-${M0 + 6}@360`]);
  });

  it('§8 item 3: with startingDeadlineSeconds a slot missed by more than the deadline vanishes silently', () => {
    const sim = 'faults:\n- { at: 30s, controllerDown: cronjob, for: 5m }';
    const v10 = view(simulate(cronYaml('sds', 'schedule: "*/1 * * * *"\nstartingDeadlineSeconds: 10', { sim }), { duration: '5m50s' }));
    expect(v10.jobsOf('sds')).toHaveLength(0);
    expect(v10.events({ kind: 'CronJob' }).filter((e) => e.type === 'Warning')).toHaveLength(0);
    const v60 = view(simulate(cronYaml('sds', 'schedule: "*/1 * * * *"\nstartingDeadlineSeconds: 60', { sim }), { duration: '5m50s' }));
    expect(v60.jobsOf('sds').map((j) => j.metadata.name)).toEqual([`sds-${M0 + 5}`]);
  });

  it('§2.4: more than 100 missed slots still runs the latest one, with TooManyMissedTimes', () => {
    const sim = 'faults:\n- { at: 30s, controllerDown: cronjob, for: 3h }';
    const v = view(simulate(cronYaml('many', 'schedule: "*/1 * * * *"', { sim }), { duration: '3h1m' }));
    const w = v.events({ reason: 'TooManyMissedTimes' });
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toBe('too many missed start times. Set or decrease .spec.startingDeadlineSeconds or check clock skew');
    expect(v.jobsOf('many')[0]!.metadata.name).toBe(`many-${M0 + 180}`);
  });

  it('§2.6 e: a suspended CronJob creates nothing; resuming runs the most recent missed slot at once', () => {
    const sim = 'timeline:\n- { at: 150s, patch: { kind: CronJob, name: sus, spec: { suspend: false } } }';
    const v = view(simulate(cronYaml('sus', 'schedule: "*/1 * * * *"\nsuspend: true', { sim }), { duration: '170s' }));
    expect(v.jobsOf('sus').map((j) => `${j.metadata.name}@${v.sec(j.metadata.creationTimestamp)}`)).toEqual([`sus-${M0 + 2}@150`]);
  });

  it('§1.3: the scheduled-timestamp annotation is written in spec.timeZone', () => {
    const v = view(simulate(cronYaml('tz', 'schedule: "0 3 * * *"\ntimeZone: Europe/Berlin'), { duration: '26h' }));
    const j = v.jobsOf('tz')[0]!;
    // 03:00 in Berlin (UTC+1 in January) is 02:00Z
    expect(v.sec(j.metadata.creationTimestamp)).toBe(2 * 3600);
    expect(j.metadata.annotations!['batch.kubernetes.io/cronjob-scheduled-timestamp']).toBe('2026-01-01T03:00:00+01:00');
  });

  it('§1.2: a DST night in America/New_York: 02:30 is skipped on spring-forward day, 01:30 runs twice on fall-back day', () => {
    const spring = `apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: { name: dst }\nspec:\n  start: "2026-03-07T12:00:00Z"\n  duration: 3d\n---\n${cronYaml('spring', 'schedule: "30 2 * * *"\ntimeZone: America/New_York')}`;
    const vs = view(simulate(spring));
    expect(vs.jobsOf('spring').map((j) => j.metadata.annotations!['batch.kubernetes.io/cronjob-scheduled-timestamp'])).toEqual(['2026-03-09T02:30:00-04:00', '2026-03-10T02:30:00-04:00']);
    const fall = `apiVersion: jobsim/v1alpha1\nkind: Simulation\nmetadata: { name: dst }\nspec:\n  start: "2026-10-31T12:00:00Z"\n  duration: 2d\n---\n${cronYaml('fall', 'schedule: "30 1 * * *"\ntimeZone: America/New_York')}`;
    const vf = view(simulate(fall));
    expect(vf.jobsOf('fall').map((j) => j.metadata.annotations!['batch.kubernetes.io/cronjob-scheduled-timestamp'])).toEqual(['2026-11-01T01:30:00-04:00', '2026-11-01T01:30:00-05:00', '2026-11-02T01:30:00-05:00']);
  });

  it('§2.6 k: Replace deletes the active Jobs in status.active order (oldest first)', () => {
    const yaml = cronYaml('rep', 'schedule: "*/1 * * * *"', {
      duration: '1h',
      sim: 'timeline:\n- { at: 150s, patch: { kind: CronJob, name: rep, spec: { concurrencyPolicy: Replace } } }',
    });
    const v = view(simulate(yaml, { duration: '3m30s' }));
    const at180 = v.events({ kind: 'CronJob' }).filter((e) => v.sec(e.firstTimestamp) === 180).map((e) => e.message);
    expect(at180).toEqual([`Deleted job rep-${M0 + 1}`, `Deleted job rep-${M0 + 2}`, `Created job rep-${M0 + 3}`]);
  });

  it('getJobsToBeReconciled matches by name, but a Job whose controller does not exist is the garbage collector\'s first', () => {
    // "child" is controlled by a Job named "same" that does not exist
    const yaml = `${simYaml('same', `duration: 3m
timeline:
- at: 5s
  create:
    apiVersion: batch/v1
    kind: Job
    metadata:
      name: child
      ownerReferences: [{ apiVersion: batch/v1, kind: Job, name: same, uid: 00000000-0000-4000-8000-000000000000, controller: true }]
    spec:
      template:
        metadata: { annotations: { jobsim/duration: 20s } }
        spec: { containers: [{ name: c, image: busybox }], restartPolicy: Never }`)}${cronYaml('same', 'schedule: "*/1 * * * *"\nsuccessfulJobsHistoryLimit: 0')}`;
    // its owner's uid names no object, so the garbage collector deletes it at once (isDangling):
    // the name-only match is never seen, as upstream
    const v = view(simulate(yaml));
    const child = v.jobsOf('same').find((j) => j.metadata.name === 'child') ?? v.r.items!.find((o) => o.kind === 'Job' && o.metadata.name === 'child')!;
    expect(v.sec(child.metadata.deletionTimestamp)).toBe(5);
    expect(v.events({ reason: 'UnexpectedJob' })).toEqual([]);
  });

  it('a schedule changed to one that never fires is reported at once (InvalidSchedule), not at the old next run', () => {
    const yaml = cronYaml('never', 'schedule: "@daily"', { sim: 'duration: 25h\ntimeline:\n- { at: 1h, patch: { kind: CronJob, name: never, spec: { schedule: "0 0 30 2 *" } } }' });
    const v = view(simulate(yaml));
    const ev = v.events({ reason: 'InvalidSchedule' });
    expect(v.sec(ev[0]!.firstTimestamp)).toBe(3600);
    expect(ev[0]!.message).toBe('invalid schedule: 0 0 30 2 * : time difference between two schedules is less than 1 second');
  });

  it('§2.7: failedJobsHistoryLimit 1 keeps only the newest failed Job', () => {
    // OnFailure restarts (0, 10s, 20s, ... back-off) of a 5s container fail each Job after its 6th restart
    const v = view(simulate(cronYaml('fails', 'schedule: "*/5 * * * *"', { exitCodes: '1', duration: '5s' }), { duration: '20m' }));
    const jobs = v.jobsOf('fails');
    const failedLive = jobs.filter((j) => j.metadata.deletionTimestamp === undefined && v.cond(j, 'Failed'));
    expect(failedLive).toHaveLength(1);
    expect(jobs.filter((j) => v.cond(j, 'Failed')).length).toBeGreaterThan(1);
    expect(v.events({ reason: 'SuccessfulDelete', kind: 'CronJob' }).length).toBeGreaterThan(0);
  });
});

describe('CronJob API shape and stale active references', () => {
  it('cronJobStrategy.PrepareForCreate: generation 1; the Jobs it creates carry the generated labels (SetDefaults_Job shares the template label map)', () => {
    const v = view(simulate(cronYaml('gen', 'schedule: "*/1 * * * *"'), { duration: '90s' }));
    const cj = v.r.items!.find((o) => o.kind === 'CronJob')!;
    expect(cj.metadata.generation).toBe(1);
    const job = v.jobsOf('gen')[0]!;
    expect(job.metadata.labels).toEqual({
      'batch.kubernetes.io/controller-uid': job.metadata.uid,
      'batch.kubernetes.io/job-name': job.metadata.name,
      'controller-uid': job.metadata.uid,
      'job-name': job.metadata.name,
    });
  });
});

describe('timeline delete of a Job a CronJob created (kubectl delete job <cronjob>-<minutes>)', () => {
  const yaml = (name: string) =>
    cronYaml('tick', 'schedule: "*/1 * * * *"', { duration: '5m', sim: `duration: 3m\ntimeline:\n- { at: 90s, delete: { kind: Job, name: ${name} } }` });
  it('is looked up when the time comes: the Job goes (background), the CronJob reports it missing from status.active', () => {
    const v = view(simulate(yaml(`tick-${M0 + 1}`)));
    const job = v.jobsOf('tick').find((j) => j.metadata.name === `tick-${M0 + 1}`)!;
    expect(v.sec(job.metadata.deletionTimestamp)).toBe(90);
    expect(v.events({ reason: 'MissingJob' }).map((e) => `${e.message}@${v.sec(e.firstTimestamp)}`)).toEqual([`Active job went missing: tick-${M0 + 1}@90`]);
  });
  it('a name the CronJob has not created (yet) is a warning at run time, not an input error', () => {
    const f = join(mkdtempSync(join(tmpdir(), 'jobsim-cj-')), 'tick.yaml');
    writeFileSync(f, yaml(`tick-${M0 + 9}`));
    const r = runCommand([f, '-o', 'summary']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`warning: 2026-01-01T00:01:30Z: timeline delete: jobs.batch "tick-${M0 + 9}" not found (gone: a controller removed it, or the CronJob has not created it yet)\n`);
  });
  it('a name no CronJob would give is still an input error', () => {
    expect(() => simulate(yaml('tock-1'))).toThrow(/jobs\.batch "tock-1" not found/);
  });

  it('§2.6 a: Allow with many Jobs active at once (the long-list path of the active/listed reconcile) keeps status.active exact', () => {
    // Jobs of 30 minutes every minute: 30 active at a time, 30 × 30 listed against active
    const v = view(simulate(cronYaml('many', 'schedule: "*/1 * * * *"', { duration: '1800s' }), { duration: '45m' }));
    expect(v.events({ reason: 'UnexpectedJob' })).toEqual([]);
    expect(v.events({ reason: 'MissingJob' })).toEqual([]);
    const completed = v.events({ reason: 'SawCompletedJob' }).length;
    const jobs = v.jobsOf('many');
    const running = jobs.filter((j) => !(j.status.conditions ?? []).some((c) => c.type === 'Complete' && c.status === 'True'));
    const cj = v.r.items!.find((o) => o.kind === 'CronJob') as unknown as { status: { active?: Array<{ name: string }> } };
    expect(cj.status.active!.map((a) => a.name)).toEqual(running.map((j) => j.metadata.name));
    expect(cj.status.active!.length).toBeGreaterThanOrEqual(29);
    expect(completed).toBeGreaterThan(0);
  });

  it('successfulJobsHistoryLimit 0 with ttlSecondsAfterFinished 0: the cleanup deletes a Job the TTL controller is deleting in the foreground, once, and nothing livelocks', () => {
    // deletionFinalizersForGarbageCollection: the Background DELETE replaces the foregroundDeletion
    // finalizer, so the Job goes at once; an unchanged CronJob status is not written again
    const y = cronYaml('h0', 'schedule: "*/1 * * * *"\nsuccessfulJobsHistoryLimit: 0').replace('    spec:\n      template:', '    spec:\n      ttlSecondsAfterFinished: 0\n      template:');
    expect(y).toContain('ttlSecondsAfterFinished: 0');
    const r = simulate(y, { duration: '10m' });
    expect(r.counts['Job']).toBe(9);
    const deletes = (r.events ?? []).filter((e) => e.reason === 'SuccessfulDelete' && e.source.component === 'cronjob-controller');
    expect(deletes.length).toBe(9);
    expect(new Set(deletes.map((e) => e.message)).size).toBe(9);
  });
});
