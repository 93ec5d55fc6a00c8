// jobsim check's property evaluation (evaluateProperties through runWorld) and the shrinker, on
// small worlds; each compared with what the testing library says of the same world.
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadScenarioObjects } from '../../src/scenario/load.ts';
import type { CheckProperty } from '../../src/scenario/types.ts';
import { runWorld, shrinkWorld } from '../../src/sim/explore.ts';
import { simulate } from '../../src/index.ts';
import { completesWithin, maxFailed, runWorld as libraryRunWorld } from '../../src/testing/index.ts';

type Doc = Record<string, unknown>;
const docsOf = (yaml: string): Doc[] => parseAllDocuments(yaml).map((d) => d.toJS() as Doc);

/** The failed properties' names of a world as jobsim check evaluates its check section. */
function checkFailures(yaml: string): string[] {
  const docs = docsOf(yaml);
  const loaded = loadScenarioObjects(structuredClone(docs), 'test');
  expect(loaded.issues).toEqual([]);
  const props: CheckProperty[] = loaded.scenario!.config.check!.properties;
  const sim = docs.find((d) => d['kind'] === 'Simulation')!;
  delete (sim['spec'] as Doc)['check'];
  return runWorld(docs, props, { seed: 1, replay: 'test' }).failures.map((f) => f.property);
}

const job = (name: string, extra = '') => `---
apiVersion: batch/v1
kind: Job
metadata: {name: ${name}}
spec:${extra}
  template:
    spec:
      containers: [{name: c, image: busybox}]
      restartPolicy: Never
`;

const sim = (spec: string) => `apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: t}
spec:
${spec}`;

describe('evaluateProperties: which Job a property judges', () => {
  const failingEtl = '{apiVersion: batch/v1, kind: Job, metadata: {name: etl}, spec: {backoffLimit: 1, template: {metadata: {annotations: {jobsim/exit-codes: "1"}}, spec: {containers: [{name: c, image: busybox}], restartPolicy: Never}}}}';
  const succeedingEtl = '{apiVersion: batch/v1, kind: Job, metadata: {name: etl}, spec: {template: {spec: {containers: [{name: c, image: busybox}], restartPolicy: Never}}}}';
  const reused = (first: string, second: string) =>
    sim(`  duration: 2h
  check:
    properties:
    - {job: etl, maxFailed: 0, completesWithin: 10m}
  timeline:
  - {at: 0s, create: ${first}}
  - {at: 30m, delete: {kind: Job, name: etl}}
  - {at: 1h, create: ${second}}
`);

  it.each([
    ['a succeeding etl, deleted, then a failing one: both break', reused(succeedingEtl, failingEtl), ['job default/etl: maxFailed 0', 'job default/etl: completesWithin 10m']],
    ['a failing etl, deleted, then a succeeding one: both hold', reused(failingEtl, succeedingEtl), []],
  ])('the last Job of a reused name: %s', (_name, yaml, want) => {
    expect(checkFailures(yaml)).toEqual(want);
    // and the library judges the same Job
    const lib = libraryRunWorld(docsOf(yaml)).check(maxFailed('etl', 0), completesWithin('etl', '10m'));
    expect(lib.map((f) => f.property)).toEqual(want.length ? ['maxFailed(etl, 0)', 'completesWithin(etl, 10m)'] : []);
  });
});

describe('evaluateProperties: completesWithin of a Job not complete when the run ended', () => {
  const prop = '  check:\n    properties:\n    - {job: j, completesWithin: 30m}\n';
  it.each([
    ['suspended, the run goes quiet at +1s', sim(prop) + job('j', '\n  suspend: true'), 'Job j was not complete when the run ended at 2026-01-01T00:00:01Z, 1s after its creation'],
    ['its pod fits no node, quiet at +1s', sim(prop) + job('j').replace('image: busybox}', 'image: busybox, resources: {requests: {cpu: "64"}}}'), 'Job j was not complete when the run ended at 2026-01-01T00:00:01Z, 1s after its creation'],
    ['running when the duration (10m) cut the run, before the deadline', sim('  duration: 10m\n' + prop) + job('j').replace('template:\n    spec:', 'template:\n    metadata: {annotations: {jobsim/duration: 1h}}\n    spec:'), 'Job j was not complete when the run ended at 2026-01-01T00:10:00Z, 10m after its creation'],
    ['running at the deadline (run of 1h)', sim('  duration: 1h\n' + prop) + job('j').replace('template:\n    spec:', 'template:\n    metadata: {annotations: {jobsim/duration: 2h}}\n    spec:'), 'Job j had not completed 30m after its creation'],
  ])('breaks: %s', (_name, yaml, message) => {
    const docs = docsOf(yaml);
    const loaded = loadScenarioObjects(structuredClone(docs), 'test');
    expect(loaded.issues).toEqual([]);
    delete ((docs[0]!['spec'] as Doc)['check']);
    const r = runWorld(docs, loaded.scenario!.config.check!.properties, { seed: 1, replay: 'test' });
    expect(r.failures.map((f) => `${f.property}: ${f.message}`)).toEqual([`job default/j: completesWithin 30m: ${message}`]);
    // the library agrees
    expect(libraryRunWorld(docs).check(completesWithin('j', '30m')).map((f) => f.property)).toEqual(['completesWithin(j, 30m)']);
  });

  it('holds for a Job that completes in time', () => {
    expect(checkFailures(sim(prop) + job('j'))).toEqual([]);
  });
});

describe('evaluateProperties: noMissedSlot by the rule of the missedSchedules metric', () => {
  const cron = (spec: string, extra = '') => `---
apiVersion: batch/v1
kind: CronJob
metadata: {name: cj}
spec:
${spec}
  jobTemplate:
    spec:
      template:
        metadata: {annotations: {jobsim/duration: 7m}}
        spec:
          containers: [{name: c, image: busybox}]
          restartPolicy: Never
${extra}`;
  const prop = '  check:\n    properties:\n    - {cronJob: cj, noMissedSlot: true}\n';
  const forbid = '  schedule: "*/5 * * * *"\n  concurrencyPolicy: Forbid';
  const hourly = '  schedule: "0 * * * *"\n  startingDeadlineSeconds: 120';
  const down = '  faults:\n  - {at: 59m, controllerDown: cronjob, for: 5m}\n';
  it.each([
    // 00:05 runs 00:05-00:12:01; 00:10 waits behind it (Forbid) and would start at 00:12:01
    ['the last time, waiting behind a Forbid Job, may yet start: not missed', sim(`  duration: 12m\n${prop}`) + cron(forbid), [], 0],
    ['it started late: not missed', sim(`  duration: 20m\n${prop}`) + cron(forbid), [], 0],
    ['controller down past the deadline of 01:00 (01:02), run to 1h3m: missed', sim(`  duration: 63m\n${down}${prop}`) + cron(hourly), ['no Job ran for the slot 2026-01-01T01:00:00Z'], 1],
    ['run to 1h2m, the deadline itself: pending', sim(`  duration: 62m\n${down}${prop}`) + cron(hourly), [], 0],
  ])('%s', (_name, yaml, want, metric) => {
    const docs = docsOf(yaml);
    const loaded = loadScenarioObjects(structuredClone(docs), 'test');
    expect(loaded.issues).toEqual([]);
    delete (docs[0]!['spec'] as Doc)['check'];
    const r = runWorld(docs, loaded.scenario!.config.check!.properties, { seed: 1, replay: 'test' });
    expect(r.failures.map((f) => f.message)).toEqual(want);
    const m = simulate(yaml).metrics as { cronJobs: Record<string, { missedSchedules: number }> };
    expect(m.cronJobs['default/cj']?.missedSchedules ?? 0).toBe(metric);
  });

  it('the shrinker cuts the run no earlier than the time became missed (past its starting deadline)', () => {
    const docs = docsOf(sim(`  duration: 3h\n${down}`) + cron(hourly));
    const props = loadScenarioObjects(structuredClone(docsOf(sim(`  duration: 3h\n${down}${prop}`) + cron(hourly))), 'test').scenario!.config.check!.properties;
    const r = shrinkWorld(docs, props, 'cronJob default/cj: noMissedSlot', 1, 'test');
    expect(r.failure.message).toBe('no Job ran for the slot 2026-01-01T01:00:00Z');
    const duration = (r.docs[0]!['spec'] as Doc)['duration'];
    expect(duration).toBe('1h4m');
    // the counterexample replays it
    expect(runWorld(r.docs, props, { seed: 1, replay: 'test' }).failures.map((f) => f.property)).toEqual(['cronJob default/cj: noMissedSlot']);
  });
});
