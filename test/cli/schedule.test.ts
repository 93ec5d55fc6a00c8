// `jobsim schedule`: argv → table or JSON, exit codes, one-line errors.

import { describe, expect, it } from 'vitest';
import { parseRfc3339, runScheduleCommand } from '../../src/cli/schedule.ts';

const run = (...argv: string[]) => runScheduleCommand(argv);
const json = (...argv: string[]) => {
  const r = run(...argv, '-o', 'json');
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as string[];
};

describe('jobsim schedule -o json', () => {
  it.each<[string, string[], string[]]>([
    ['defaults: 5 runs after 2026-01-01T00:00:00Z, in UTC', ['0 3 * * *'], ['2026-01-01T03:00:00Z', '2026-01-02T03:00:00Z', '2026-01-03T03:00:00Z', '2026-01-04T03:00:00Z', '2026-01-05T03:00:00Z']],
    ['--count', ['*/5 9-17 * * 1-5', '--count', '3'], ['2026-01-01T09:00:00Z', '2026-01-01T09:05:00Z', '2026-01-01T09:10:00Z']],
    ['strictly after --from', ['0 3 * * *', '--from', '2026-01-01T03:00:00Z', '--count', '1'], ['2026-01-02T03:00:00Z']],
    ['--from with an offset', ['0 3 * * *', '--from', '2026-01-01T03:00:00+01:00', '--count', '1'], ['2026-01-01T03:00:00Z']],
    ['--from with a fraction', ['* * * * *', '--from', '2026-01-01T00:00:59.999Z', '--count', '1'], ['2026-01-01T00:01:00Z']],
    ['--from as a date: midnight UTC', ['0 0 * * *', '--from', '2026-03-08', '--count', '1'], ['2026-03-09T00:00:00Z']],
    ['--from as a date: midnight in --time-zone', ['0 0 * * *', '--time-zone', 'America/New_York', '--from', '2026-03-08', '--count', '1'], ['2026-03-09T04:00:00Z']],
    ['--from as a date: midnight in the --time-zone', ['30 0 * * *', '--time-zone', 'Asia/Tokyo', '--from', '2026-03-08', '--count', '1'], ['2026-03-07T15:30:00Z']],
    ['spring-forward gap skipped (New York)', ['0 2 * * *', '--time-zone', 'America/New_York', '--from', '2026-03-07', '--count', '2'], ['2026-03-07T07:00:00Z', '2026-03-09T06:00:00Z']],
    ['fall-back repeat runs twice (Berlin)', ['30 2 * * *', '--time-zone', 'Europe/Berlin', '--from', '2026-10-25', '--count', '3'], ['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z', '2026-10-26T01:30:00Z']],
    ['@every is anchored at --from', ['@every 90m', '--from', '2026-01-01T00:10:30.5Z', '--count', '2'], ['2026-01-01T01:40:30Z', '2026-01-01T03:10:30Z']],
    ['never fires: an empty array', ['59 23 31 2 *'], []],
  ])('%s', (_name, argv, want) => {
    expect(json(...argv)).toEqual(want);
  });
});

describe('jobsim schedule text output', () => {
  it('a table with local time, UTC and DST notes', () => {
    const r = run('30 1 * * *', '--time-zone', 'America/New_York', '--from', '2026-10-31', '--count', '3');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'Schedule "30 1 * * *" (in America/New_York), next 3 after 2026-10-31T00:00:00-04:00:',
        '',
        '#  DAY  LOCAL                      UTC                   NOTE',
        '1  Sat  2026-10-31T01:30:00-04:00  2026-10-31T05:30:00Z',
        '2  Sun  2026-11-01T01:30:00-04:00  2026-11-01T05:30:00Z  repeated local hour (DST ends): runs twice (1st of 2)',
        '3  Sun  2026-11-01T01:30:00-05:00  2026-11-01T06:30:00Z  repeated local hour (DST ends): runs twice (2nd of 2)',
        '',
      ].join('\n'),
    );
  });

  it('a skipped run in a spring-forward gap is named', () => {
    const r = run('0 2 * * *', '--time-zone', 'Europe/Berlin', '--from', '2026-03-28', '--count', '2');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2026-03-30T02:00:00+02:00  2026-03-30T00:00:00Z  DST gap: local 2026-03-29 02:00 does not exist (clocks jump 02:00→03:00), that run is skipped');
  });

  it('a schedule that never fires says so', () => {
    const r = run('0 0 30 2 *');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(no run: the schedule never fires within 5 years, as robfig/cron looks)');
  });

  it('--help', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: jobsim schedule "EXPR" \[flags\]/);
    expect(r.stdout).toContain('--time-zone ZONE');
  });
});

describe('jobsim schedule input errors: exit 2, one line on stderr', () => {
  it.each<[string, string[], string]>([
    ['bad hour', ['0 25 * * *'], 'jobsim schedule: "0 25 * * *": hour 25 out of range 0-23 (robfig/cron: end of range (25) above maximum (23): 25)'],
    ['day of week 7', ['0 0 * * 7'], 'jobsim schedule: "0 0 * * 7": day-of-week 7 out of range 0-6 (Sunday is 0 or sun) (robfig/cron: end of range (7) above maximum (6): 7)'],
    ['six fields', ['0 0 * * * *'], 'jobsim schedule: "0 0 * * * *": expected 5 fields (minute hour day-of-month month day-of-week), found 6 (robfig/cron: expected exactly 5 fields, found 6: [0 0 * * * *])'],
    ['unknown zone', ['0 0 * * *', '--time-zone', 'Mars/Olympus'], 'jobsim schedule: --time-zone "Mars/Olympus": unknown time zone Mars/Olympus'],
    ['Local is not a zone', ['0 0 * * *', '--time-zone', 'Local'], 'jobsim schedule: --time-zone "Local": timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'],
    ['TZ= in the schedule, as a CronJob may not have it', ['TZ=UTC 0 0 * * *'], 'jobsim schedule: cannot use TZ or CRON_TZ in schedule, use timeZone field instead (here: --time-zone)'],
    ['CRON_TZ= with --time-zone', ['CRON_TZ=UTC 0 0 * * *', '--time-zone', 'Europe/Berlin'], 'jobsim schedule: cannot use TZ or CRON_TZ in schedule, use timeZone field instead (here: --time-zone)'],
    ['bad --from', ['0 0 * * *', '--from', 'yesterday'], 'jobsim schedule: --from "yesterday": expected RFC 3339 (2026-03-08T00:00:00Z) or a date (2026-03-08)'],
    ['impossible date', ['0 0 * * *', '--from', '2026-02-30'], 'jobsim schedule: --from "2026-02-30": expected RFC 3339 (2026-03-08T00:00:00Z) or a date (2026-03-08)'],
    ['count 0', ['0 0 * * *', '--count', '0'], 'jobsim schedule: --count "0": must be a whole number from 1 to 10000'],
    ['count not a number', ['0 0 * * *', '--count', 'ten'], 'jobsim schedule: --count "ten": must be a whole number from 1 to 10000'],
    ['bad output', ['0 0 * * *', '-o', 'yaml'], 'jobsim schedule: -o "yaml": must be text or json'],
    ['no expression', [], 'jobsim schedule: missing the schedule: jobsim schedule "EXPR" (quote it)'],
    ['unquoted expression', ['0', '0', '*', '*', '*'], 'jobsim schedule: expected one schedule, got 5 arguments: quote the expression, e.g. jobsim schedule "0 2 * * *"'],
  ])('%s', (_name, argv, want) => {
    const r = run(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`${want}\n`);
  });

  it('an unknown flag', () => {
    const r = run('0 0 * * *', '--bogus');
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr).toMatch(/^jobsim schedule: .*--bogus/);
  });
});

describe('parseRfc3339', () => {
  it.each<[string, number | null]>([
    ['2026-01-01T00:00:00Z', Date.UTC(2026, 0, 1)],
    ['2026-01-01t00:00:00z', Date.UTC(2026, 0, 1)],
    ['2026-01-01T00:00:00.250Z', Date.UTC(2026, 0, 1) + 250],
    ['2026-01-01T01:30:00+01:30', Date.UTC(2026, 0, 1)],
    ['2025-12-31T19:00:00-05:00', Date.UTC(2026, 0, 1)],
    ['2024-02-29T00:00:00Z', Date.UTC(2024, 1, 29)],
    ['2026-02-29T00:00:00Z', null],
    ['2026-01-01T24:00:00Z', null],
    ['2026-01-01T00:00Z', null],
    ['2026-01-01 00:00:00', null],
  ])('%s', (text, want) => {
    expect(parseRfc3339(text)).toBe(want);
  });
});
