// Tables ported in spirit from upstream pkg/controller/job/backoff_utils_test.go
// (TestNewBackoffRecord, TestGetFinishedTime, TestGetRemainingBackoffTime,
// TestGetRemainingBackoffTimePerIndex). Upstream offsets of milliseconds become seconds here,
// because the simulator's timestamps have second precision.
import { describe, expect, it } from 'vitest';
import type { Pod } from '../../../src/api/types.ts';
import {
  backoffDelayMs,
  emptyBackoffRecord,
  getFinishTimeMs,
  newBackoffRecord,
  remainingBackoffMs,
  remainingIndexBackoffMs,
} from '../../../src/controllers/job/backoff.ts';
import type { BackoffBounds, BackoffRecord } from '../../../src/controllers/job/backoff.ts';
import { buildPod, finishedPod, SEC, T0 } from '../../fixtures/pods.ts';

describe('backoffDelayMs (getRemainingTimeForFailuresCount: 10s·2^(n-1), capped at 10 min)', () => {
  const cases: Array<[string, number, number]> = [
    ['no failures ⇒ no delay', 0, 0],
    ['negative count ⇒ no delay', -3, 0],
    ['1 failure ⇒ 10s', 1, 10 * SEC],
    ['2 failures ⇒ 20s', 2, 20 * SEC],
    ['3 failures ⇒ 40s', 3, 40 * SEC],
    ['4 failures ⇒ 80s', 4, 80 * SEC],
    ['5 failures ⇒ 160s', 5, 160 * SEC],
    ['6 failures ⇒ 320s', 6, 320 * SEC],
    ['7 failures ⇒ cap 600s (640s would exceed it)', 7, 600 * SEC],
    ['8 failures ⇒ cap', 8, 600 * SEC],
    ['a billion failures ⇒ cap, no overflow', 1e9, 600 * SEC],
    ['MAX_SAFE_INTEGER failures ⇒ cap', Number.MAX_SAFE_INTEGER, 600 * SEC],
    ['Infinity ⇒ cap', Infinity, 600 * SEC],
  ];
  for (const [name, n, want] of cases) it(name, () => expect(backoffDelayMs(n)).toBe(want));
});

describe('newBackoffRecord (upstream TestNewBackoffRecord)', () => {
  const at = (...offsetsSec: number[]) => offsetsSec.map((s) => T0 + s * SEC);
  const cases: Array<{ name: string; prev?: BackoffRecord; succeeded: number[]; failed: number[]; want: BackoffRecord }> = [
    { name: 'Empty backoff store and one new failure', succeeded: [], failed: at(0), want: { failuresAfterLastSuccess: 1, lastFailureTimeMs: T0 } },
    { name: 'Empty backoff store and two new failures', succeeded: [], failed: at(0, -1), want: { failuresAfterLastSuccess: 2, lastFailureTimeMs: T0 } },
    { name: 'Empty backoff store, two failures followed by success', succeeded: at(0), failed: at(-2, -1), want: { failuresAfterLastSuccess: 0, lastFailureTimeMs: null } },
    {
      name: 'Empty backoff store, two failures, one success and two more failures',
      succeeded: at(-2),
      failed: at(0, -4, -3, -1),
      want: { failuresAfterLastSuccess: 2, lastFailureTimeMs: T0 },
    },
    {
      name: 'Backoff store having failure count 2 and one new failure',
      prev: { failuresAfterLastSuccess: 2, lastFailureTimeMs: null },
      succeeded: [],
      failed: at(0),
      want: { failuresAfterLastSuccess: 3, lastFailureTimeMs: T0 },
    },
    { name: 'Empty backoff store with success and failure at same timestamp', succeeded: at(0), failed: at(0), want: { failuresAfterLastSuccess: 0, lastFailureTimeMs: null } },
    { name: 'Empty backoff store with no success/failure', succeeded: [], failed: [], want: { failuresAfterLastSuccess: 0, lastFailureTimeMs: null } },
    { name: 'Empty backoff store with one success', succeeded: at(0), failed: [], want: { failuresAfterLastSuccess: 0, lastFailureTimeMs: null } },
    {
      name: '(added) previous failures and no new pods ⇒ unchanged',
      prev: { failuresAfterLastSuccess: 4, lastFailureTimeMs: T0 - 60 * SEC },
      succeeded: [],
      failed: [],
      want: { failuresAfterLastSuccess: 4, lastFailureTimeMs: T0 - 60 * SEC },
    },
    {
      name: '(added) previous failures then a success ⇒ reset',
      prev: { failuresAfterLastSuccess: 4, lastFailureTimeMs: T0 - 60 * SEC },
      succeeded: at(0),
      failed: [],
      want: { failuresAfterLastSuccess: 0, lastFailureTimeMs: null },
    },
    {
      name: '(added) previous failures, a success and one later failure ⇒ only the later one counts',
      prev: { failuresAfterLastSuccess: 4, lastFailureTimeMs: T0 - 60 * SEC },
      succeeded: at(-10),
      failed: at(-20, 5),
      want: { failuresAfterLastSuccess: 1, lastFailureTimeMs: T0 + 5 * SEC },
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const succeeded = c.succeeded.map((t, i) => finishedPod(`s${i}`, 'Succeeded', t));
      const failed = c.failed.map((t, i) => finishedPod(`f${i}`, 'Failed', t));
      const prev = c.prev ?? emptyBackoffRecord();
      const before = { ...prev };
      expect(newBackoffRecord(prev, { succeeded, failed })).toEqual(c.want);
      expect(prev).toEqual(before); // pure
    });
  }
  it('(added) no previous record reads as empty', () => {
    expect(newBackoffRecord(undefined, { succeeded: [], failed: [finishedPod('f', 'Failed', T0)] })).toEqual({ failuresAfterLastSuccess: 1, lastFailureTimeMs: T0 });
  });
});

describe('getFinishTimeMs (upstream TestGetFinishedTime)', () => {
  const cases: Array<{ name: string; pod: Pod; want: number }> = [
    {
      name: 'Pod with multiple containers and all containers terminated',
      pod: buildPod().terminated('a', 0, T0 - SEC).terminated('b', 0, T0).terminated('c', 0, T0 - 2 * SEC).pod,
      want: T0,
    },
    {
      name: 'Pod with multiple containers; two containers in terminated state and one in running state; fallback to deletionTimestamp',
      pod: buildPod().terminated('a', 0, T0 - SEC).running('b').terminated('c', 0, T0 - 2 * SEC).deleted(T0).pod,
      want: T0,
    },
    { name: 'fallback to deletionTimestamp', pod: buildPod().running('a').deleted(T0).pod, want: T0 },
    { name: 'fallback to deletionTimestamp, decremented by grace period', pod: buildPod().running('a').deleted(T0, 30).pod, want: T0 - 30 * SEC },
    {
      name: 'fallback to PodReady.LastTransitionTime when status of the condition is False',
      pod: buildPod().terminated('a', 0).condition('Ready', 'False', T0).pod,
      want: T0,
    },
    {
      name: 'skip fallback to PodReady.LastTransitionTime when status of the condition is True',
      pod: buildPod().terminated('a', 0).condition('Ready', 'True', T0 - 30 * SEC).deleted(T0).pod,
      want: T0,
    },
    { name: 'fallback to creationTimestamp', pod: buildPod().terminated('a', 0).created(T0).pod, want: T0 },
    {
      name: 'Pod with sidecar container and all containers terminated',
      pod: buildPod().sidecar('sidecar').terminated('main', 0, T0 - SEC).initTerminated('sidecar', 0, T0).pod,
      want: T0,
    },
    {
      name: '(added) a regular init container is not considered, only sidecars are',
      pod: buildPod().terminated('main', 0, T0 - SEC).initTerminated('init', 0, T0).pod,
      want: T0 - SEC,
    },
    {
      name: '(added) a running sidecar makes the container rule inapplicable',
      pod: buildPod().sidecar('sidecar').terminated('main', 0, T0 - SEC).initContainer({ name: 'sidecar', state: { running: {} } }).condition('Ready', 'False', T0).pod,
      want: T0,
    },
    {
      name: '(added) no container statuses at all: Ready=False wins over deletion',
      pod: buildPod().condition('Ready', 'False', T0 - 5 * SEC).deleted(T0).pod,
      want: T0 - 5 * SEC,
    },
    { name: '(added) unparsable creationTimestamp reads as 0', pod: buildPod().created(null).pod, want: 0 },
  ];
  for (const c of cases) it(c.name, () => expect(getFinishTimeMs(c.pod)).toBe(c.want));
});

describe('remainingBackoffMs (upstream TestGetRemainingBackoffTime, base 5s and cap 700s)', () => {
  const bounds: BackoffBounds = { baseMs: 5 * SEC, maxMs: 700 * SEC };
  const rec = (n: number, t: number | null = T0): BackoffRecord => ({ failuresAfterLastSuccess: n, lastFailureTimeMs: t });
  const cases: Array<[string, BackoffRecord, number, number]> = [
    ['no failures', rec(0, null), T0, 0],
    ['one failure; current time and failure time are same', rec(1), T0, 5 * SEC],
    ['one failure; current time == 1 second + failure time', rec(1), T0 + SEC, 4 * SEC],
    ['one failure; current time == expected backoff time', rec(1), T0 + 5 * SEC, 0],
    ['one failure; current time == expected backoff time + 1 Second', rec(1), T0 + 6 * SEC, 0],
    ['three failures; current time and failure time are same', rec(3), T0, 20 * SEC],
    ['eight failures; current time and failure time are same; backoff not exceeding maxBackoff', rec(8), T0, 640 * SEC],
    ['nine failures; current time and failure time are same; backoff exceeding maxBackoff', rec(9), T0, 700 * SEC],
  ];
  for (const [name, r, now, want] of cases) it(name, () => expect(remainingBackoffMs(r, now, bounds)).toBe(want));

  it('(added) default bounds: six failures at +100s leave 220s', () => expect(remainingBackoffMs(rec(6), T0 + 100 * SEC)).toBe(220 * SEC));
  it('(added) default bounds: exactly at lastFailure + 10min the remaining time is 0', () => expect(remainingBackoffMs(rec(50), T0 + 600 * SEC)).toBe(0));
});

describe('remainingIndexBackoffMs (upstream TestGetRemainingBackoffTimePerIndex, base 5s and cap 700s)', () => {
  const bounds: BackoffBounds = { baseMs: 5 * SEC, maxMs: 700 * SEC };
  const cases: Array<[string, Pod | undefined, number, number]> = [
    ['no failures', undefined, T0, 0],
    ['two prev failures; current time and failure time are same', buildPod().phase('Failed').indexFailureCount('2').deleted(T0).pod, T0, 20 * SEC],
    [
      'one prev failure counted and one ignored; current time and failure time are same',
      buildPod().phase('Failed').indexFailureCount('1').indexIgnoredFailureCount('1').deleted(T0).pod,
      T0,
      20 * SEC,
    ],
    ['(added) first failure of the index, 3s later', buildPod().phase('Failed').indexFailureCount('0').deleted(T0).pod, T0 + 3 * SEC, 2 * SEC],
    ['(added) a bad failure-count annotation reads as 0', buildPod().phase('Failed').indexFailureCount('xyz').deleted(T0).pod, T0, 5 * SEC],
  ];
  for (const [name, pod, now, want] of cases) it(name, () => expect(remainingIndexBackoffMs(pod, now, bounds)).toBe(want));
});
