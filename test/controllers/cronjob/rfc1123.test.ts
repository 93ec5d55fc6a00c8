// The MissSchedule event names the scheduled time as Go's time.RFC1123Z in UTC
// (syncCronJob: scheduledTime.UTC().Format(time.RFC1123Z)).
import { describe, expect, it } from 'vitest';
import { rfc1123z } from '../../../src/controllers/cronjob/controller.ts';

describe('rfc1123z', () => {
  it.each([
    ['the Go documentation\'s reference layout instant', '2016-05-19T10:00:00Z', 'Thu, 19 May 2016 10:00:00 +0000'],
    ['a single-digit day keeps two digits', '2026-01-04T03:05:09Z', 'Sun, 04 Jan 2026 03:05:09 +0000'],
    ['a leap day', '2028-02-29T23:59:59Z', 'Tue, 29 Feb 2028 23:59:59 +0000'],
  ])('%s', (_name, iso, want) => {
    expect(rfc1123z(Date.parse(iso))).toBe(want);
  });
});
