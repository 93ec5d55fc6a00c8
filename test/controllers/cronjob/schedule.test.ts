// Schedule parsing and Next, as robfig/cron v3.0.1 (the version Kubernetes pins) does them.
//
// Every expected value in NEXT_CASES and PARSE_ERRORS was produced by robfig/cron v3.0.1 itself
// (Debian's golang-github-robfig-cron-dev 3.0.1-1 built with Go 1.19, system tzdata 2026f), not
// worked out by hand. Time base: 2016-05-19T10:00:00Z, a Thursday (upstream's topOfTheHour).

import { CronExpressionParser } from 'cron-parser';
import { describe, expect, it } from 'vitest';
import {
  describeScheduleError,
  formatInZone,
  goParseDuration,
  literalNext,
  parseSchedule,
  previewSchedule,
  referenceNext,
  SpecSchedule,
  validateTimeZone,
  type CronSchedule,
  type Preview,
} from '../../../src/controllers/cronjob/schedule.ts';

const T0 = '2016-05-19T10:00:00Z';
const ms = (iso: string) => Date.parse(iso);
const iso = (t: number | null) => (t === null ? null : formatInZone(t));

function mustParse(expr: string, tz?: string): CronSchedule {
  const r = parseSchedule(expr, tz);
  if ('error' in r) throw new Error(`${expr}: ${r.error}`);
  return r.schedule;
}

/** Next, applied n times (stopping at null). */
function chain(next: (after: number) => number | null, from: string, n: number): Array<string | null> {
  const out: Array<string | null> = [];
  let t = ms(from);
  for (let i = 0; i < n; i++) {
    const x = next(t);
    out.push(iso(x));
    if (x === null) break;
    t = x;
  }
  return out;
}

// [name (the robfig rule checked), expression, zone argument, after, robfig's answers]
const NEXT_CASES: Array<[string, string, string, string, Array<string | null>]> = [
  ["every minute: *", "* * * * *", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T10:01:00Z", "2016-05-19T10:02:00Z"]],
  ["? is * in any field", "? ? ? ? ?", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T10:01:00Z", "2016-05-19T10:02:00Z"]],
  ["single value N", "30 * * * *", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T10:30:00Z", "2016-05-19T11:30:00Z"]],
  ["range N-M", "0 9-11 * * *", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T11:00:00Z", "2016-05-20T09:00:00Z", "2016-05-20T10:00:00Z"]],
  ["step */S", "*/20 * * * *", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T10:20:00Z", "2016-05-19T10:40:00Z", "2016-05-19T11:00:00Z"]],
  ["range with step N-M/S", "10-40/15 * * * *", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T10:10:00Z", "2016-05-19T10:25:00Z", "2016-05-19T10:40:00Z", "2016-05-19T11:10:00Z"]],
  ["N/S means N-max/S", "50/5 * * * *", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T10:50:00Z", "2016-05-19T10:55:00Z", "2016-05-19T11:50:00Z"]],
  ["comma list", "5,10,50 * * * *", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T10:05:00Z", "2016-05-19T10:10:00Z", "2016-05-19T10:50:00Z", "2016-05-19T11:05:00Z"]],
  ["list of mixed forms", "0 1,5-6,*/12 * * *", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T12:00:00Z", "2016-05-20T00:00:00Z", "2016-05-20T01:00:00Z", "2016-05-20T05:00:00Z", "2016-05-20T06:00:00Z"]],
  ["month names, any case", "0 0 1 jan,JUL *", "UTC", "2016-05-19T10:00:00Z", ["2016-07-01T00:00:00Z", "2017-01-01T00:00:00Z"]],
  ["month name range", "0 0 1 Jun-Aug *", "UTC", "2016-05-19T10:00:00Z", ["2016-06-01T00:00:00Z", "2016-07-01T00:00:00Z", "2016-08-01T00:00:00Z", "2017-06-01T00:00:00Z"]],
  ["day names, any case, range", "0 0 * * MON-fri", "UTC", "2016-05-19T10:00:00Z", ["2016-05-20T00:00:00Z", "2016-05-23T00:00:00Z", "2016-05-24T00:00:00Z"]],
  ["day name with step: mon/2 is mon-sat/2", "0 0 * * mon/2", "UTC", "2016-05-19T10:00:00Z", ["2016-05-20T00:00:00Z", "2016-05-23T00:00:00Z", "2016-05-25T00:00:00Z", "2016-05-27T00:00:00Z"]],
  ["day of week 0 is Sunday", "0 0 * * 0", "UTC", "2016-05-19T10:00:00Z", ["2016-05-22T00:00:00Z", "2016-05-29T00:00:00Z"]],
  ["leading zeros", "05 09 * * *", "UTC", "2016-05-19T10:00:00Z", ["2016-05-20T09:05:00Z"]],
  ["Atoi takes a plus sign", "+5 * * * *", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T10:05:00Z", "2016-05-19T11:05:00Z"]],
  ["anything after *- is ignored", "*-5 * * * *", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T10:01:00Z", "2016-05-19T10:02:00Z"]],
  ["empty list items are skipped", "1,,2 * * * *", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T10:01:00Z", "2016-05-19T10:02:00Z", "2016-05-19T11:01:00Z"]],
  ["a step beyond the range leaves the start", "*/100 * * * *", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T11:00:00Z", "2016-05-19T12:00:00Z"]],
  ["strictly after: a matching instant is not returned", "0 10 * * *", "UTC", "2016-05-19T10:00:00Z", ["2016-05-20T10:00:00Z"]],
  ["sub-second after: the next whole minute", "1 10 * * *", "UTC", "2016-05-19T10:00:59.999Z", ["2016-05-19T10:01:00Z"]],
  ["wraps minute, hour, day, month, year", "0 0 1 1 *", "UTC", "2016-12-31T23:59:45Z", ["2017-01-01T00:00:00Z"]],
  ["leap day", "0 0 29 2 *", "UTC", "2016-05-19T10:00:00Z", ["2020-02-29T00:00:00Z", "2024-02-29T00:00:00Z"]],
  ["@yearly", "@yearly", "UTC", "2016-05-19T10:00:00Z", ["2017-01-01T00:00:00Z", "2018-01-01T00:00:00Z"]],
  ["@annually", "@annually", "UTC", "2016-05-19T10:00:00Z", ["2017-01-01T00:00:00Z"]],
  ["@monthly", "@monthly", "UTC", "2016-05-19T10:00:00Z", ["2016-06-01T00:00:00Z", "2016-07-01T00:00:00Z"]],
  ["@weekly (Sunday midnight)", "@weekly", "UTC", "2016-05-19T10:00:00Z", ["2016-05-22T00:00:00Z", "2016-05-29T00:00:00Z"]],
  ["@daily", "@daily", "UTC", "2016-05-19T10:00:00Z", ["2016-05-20T00:00:00Z", "2016-05-21T00:00:00Z"]],
  ["@midnight", "@midnight", "UTC", "2016-05-19T10:00:00Z", ["2016-05-20T00:00:00Z"]],
  ["@hourly", "@hourly", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T11:00:00Z", "2016-05-19T12:00:00Z"]],
  ["descriptor with a TZ prefix", "TZ=Europe/Rome @daily", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T22:00:00Z"]],
  ["@every: truncated to the second, plus d", "@every 1h", "UTC", "2016-05-19T10:00:00.500Z", ["2016-05-19T11:00:00Z", "2016-05-19T12:00:00Z"]],
  ["@every is not aligned to the clock", "@every 1h", "UTC", "2016-05-19T10:07:13.250Z", ["2016-05-19T11:07:13Z", "2016-05-19T12:07:13Z"]],
  ["@every 90s", "@every 90s", "UTC", "2016-05-19T10:00:30Z", ["2016-05-19T10:02:00Z", "2016-05-19T10:03:30Z"]],
  ["@every under 1s becomes 1s", "@every 500ms", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T10:00:01Z", "2016-05-19T10:00:02Z"]],
  ["@every drops the fraction of a second", "@every 1.5s", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T10:00:01Z", "2016-05-19T10:00:02Z"]],
  ["@every negative becomes 1s", "@every -5m", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T10:00:01Z"]],
  ["@every compound duration", "@every 1h30m10.9s", "UTC", "2016-05-19T10:00:00Z", ["2016-05-19T11:30:10Z"]],
  ["@every ignores the zone", "TZ=America/New_York @every 24h", "UTC", "2026-03-07T12:00:00Z", ["2026-03-08T12:00:00Z", "2026-03-09T12:00:00Z"]],
  ["never: Feb 31 (parses, never fires)", "59 23 31 2 *", "UTC", "2016-05-19T10:00:00Z", [null]],
  ["never: Feb 30", "0 0 30 2 *", "UTC", "2016-05-19T10:00:00Z", [null]],
  ["never: 31st of 30-day months", "0 0 31 4,6,9,11 *", "UTC", "2016-05-19T10:00:00Z", [null]],
  ["never: an empty field (\",\")", ", * * * *", "UTC", "2016-05-19T10:00:00Z", [null]],
  ["5-year horizon: leap day from 2097 (2104 > 2102)", "0 0 29 2 *", "UTC", "2097-03-01T00:00:00Z", [null]],
  ["5-year horizon: leap day from 2095", "0 0 29 2 *", "UTC", "2095-03-01T00:00:00Z", ["2096-02-29T00:00:00Z"]],
  ["5-year horizon: no leap day 2097-2103, UTC year 2099 + 5 reaches 2104", "0 0 29 2 *", "UTC", "2099-01-01T03:00:00Z", ["2104-02-29T00:00:00Z"]],
  ["5-year horizon is counted in the zone (2098 + 5 < 2104)", "0 0 29 2 *", "America/New_York", "2099-01-01T03:00:00Z", [null]],
  ["DOM/DOW: */2 is restricted in v3.0.1 (#70): odd days OR Mondays", "0 0 */2 * 1", "UTC", "2016-05-19T10:00:00Z", ["2016-05-21T00:00:00Z", "2016-05-23T00:00:00Z", "2016-05-25T00:00:00Z", "2016-05-27T00:00:00Z", "2016-05-29T00:00:00Z", "2016-05-30T00:00:00Z", "2016-05-31T00:00:00Z", "2016-06-01T00:00:00Z"]],
  ["DOM/DOW: both restricted, OR", "0 0 1,15 * sun", "UTC", "2016-05-19T10:00:00Z", ["2016-05-22T00:00:00Z", "2016-05-29T00:00:00Z", "2016-06-01T00:00:00Z", "2016-06-05T00:00:00Z"]],
  ["DOM/DOW: #70 upstream case */10 OR Sunday", "0 0 */10 * sun", "UTC", "2016-05-19T10:00:00Z", ["2016-05-21T00:00:00Z", "2016-05-22T00:00:00Z", "2016-05-29T00:00:00Z", "2016-05-31T00:00:00Z"]],
  ["DOM/DOW: DOM * means DOW alone", "0 0 * * mon", "UTC", "2016-05-19T10:00:00Z", ["2016-05-23T00:00:00Z", "2016-05-30T00:00:00Z"]],
  ["DOM/DOW: DOW * means DOM alone", "0 0 1,15 * *", "UTC", "2016-05-19T10:00:00Z", ["2016-06-01T00:00:00Z", "2016-06-15T00:00:00Z"]],
  ["DOM/DOW: 1-31 has no star bit, OR with Monday = every day", "0 0 1-31 * 1", "UTC", "2016-05-19T10:00:00Z", ["2016-05-20T00:00:00Z", "2016-05-21T00:00:00Z", "2016-05-22T00:00:00Z"]],
  ["DOM/DOW: */1 keeps the star bit, AND = Mondays", "0 0 */1 * 1", "UTC", "2016-05-19T10:00:00Z", ["2016-05-23T00:00:00Z", "2016-05-30T00:00:00Z"]],
  ["DOM/DOW: DOW */1 keeps the star bit, AND = the 1st", "0 0 1 * */1", "UTC", "2016-05-19T10:00:00Z", ["2016-06-01T00:00:00Z", "2016-07-01T00:00:00Z"]],
  ["DOM/DOW: ? is a star", "0 0 ? * 1", "UTC", "2016-05-19T10:00:00Z", ["2016-05-23T00:00:00Z", "2016-05-30T00:00:00Z"]],
  ["DOM/DOW: a * item in a list sets the star bit", "0 0 *,5 * 1", "UTC", "2016-05-19T10:00:00Z", ["2016-05-23T00:00:00Z", "2016-05-30T00:00:00Z"]],
  ["DOM/DOW: 0-6 has no star bit, OR = every day", "0 0 1 * 0-6", "UTC", "2016-05-19T10:00:00Z", ["2016-05-20T00:00:00Z", "2016-05-21T00:00:00Z", "2016-05-22T00:00:00Z"]],
  ["Asia/Kolkata (+05:30)", "0 3 * * *", "Asia/Kolkata", "2016-05-19T10:00:00Z", ["2016-05-19T21:30:00Z", "2016-05-20T21:30:00Z"]],
  ["Asia/Kathmandu (+05:45)", "*/30 * * * *", "Asia/Kathmandu", "2016-05-19T10:00:00Z", ["2016-05-19T10:15:00Z", "2016-05-19T10:45:00Z"]],
  ["TZ prefix (Europe/Rome)", "TZ=Europe/Rome 0 12 * * *", "UTC", "2016-05-19T09:00:00Z", ["2016-05-19T10:00:00Z", "2016-05-20T10:00:00Z"]],
  ["CRON_TZ prefix", "CRON_TZ=Europe/Rome 0 12 * * *", "UTC", "2016-05-19T09:00:00Z", ["2016-05-19T10:00:00Z"]],
  ["TZ prefix wins over the zone argument", "TZ=Europe/Rome 0 12 * * *", "America/New_York", "2016-05-19T09:00:00Z", ["2016-05-19T10:00:00Z"]],
  ["TZ=Local means the zone argument", "TZ=Local 0 12 * * *", "America/New_York", "2016-05-19T09:00:00Z", ["2016-05-19T16:00:00Z"]],
  ["TZ= (empty) is UTC", "TZ= 0 12 * * *", "America/New_York", "2016-05-19T09:00:00Z", ["2016-05-19T12:00:00Z"]],
  ["NY spring: 02:00 does not exist, skipped that day", "0 2 * * *", "America/New_York", "2026-03-07T12:00:00Z", ["2026-03-09T06:00:00Z", "2026-03-10T06:00:00Z", "2026-03-11T06:00:00Z"]],
  ["NY spring: 02:30 skipped", "30 2 * * *", "America/New_York", "2026-03-07T12:00:00Z", ["2026-03-09T06:30:00Z", "2026-03-10T06:30:00Z"]],
  ["NY spring: 03:00 exists", "0 3 * * *", "America/New_York", "2026-03-07T12:00:00Z", ["2026-03-08T07:00:00Z", "2026-03-09T07:00:00Z"]],
  ["NY spring: hourly goes 01:00 EST -> 03:00 EDT", "0 * * * *", "America/New_York", "2026-03-08T05:30:00Z", ["2026-03-08T06:00:00Z", "2026-03-08T07:00:00Z", "2026-03-08T08:00:00Z"]],
  ["NY spring: */15 goes 01:45 EST -> 03:00 EDT", "*/15 * * * *", "America/New_York", "2026-03-08T06:40:00Z", ["2026-03-08T06:45:00Z", "2026-03-08T07:00:00Z", "2026-03-08T07:15:00Z"]],
  ["NY fall: 01:30 runs twice (EDT, then EST)", "30 1 * * *", "America/New_York", "2026-11-01T04:00:00Z", ["2026-11-01T05:30:00Z", "2026-11-01T06:30:00Z", "2026-11-02T06:30:00Z"]],
  ["NY fall: from between the two 01:30s", "30 1 * * *", "America/New_York", "2026-11-01T05:45:00Z", ["2026-11-01T06:30:00Z"]],
  ["NY fall: hourly fires at 01:00 twice", "0 * * * *", "America/New_York", "2026-11-01T04:30:00Z", ["2026-11-01T05:00:00Z", "2026-11-01T06:00:00Z", "2026-11-01T07:00:00Z", "2026-11-01T08:00:00Z"]],
  ["NY fall: */15 01:45 EDT -> 01:00 EST", "*/15 * * * *", "America/New_York", "2026-11-01T05:40:00Z", ["2026-11-01T05:45:00Z", "2026-11-01T06:00:00Z", "2026-11-01T06:15:00Z"]],
  ["NY fall: 02:00 runs once", "0 2 * * *", "America/New_York", "2026-11-01T04:00:00Z", ["2026-11-01T07:00:00Z", "2026-11-02T07:00:00Z"]],
  ["robfig: DST 2am EST -> 3am EDT, 02:30 on Mar 11 only", "30 2 11 Mar ?", "America/New_York", "2012-03-11T05:00:00Z", ["2013-03-11T06:30:00Z"]],
  ["robfig: 1am nightly job on spring day", "0 1 * * ?", "America/New_York", "2012-03-11T05:00:00Z", ["2012-03-11T06:00:00Z", "2012-03-12T05:00:00Z"]],
  ["robfig: 2am nightly job (skipped)", "0 2 * * ?", "America/New_York", "2012-03-11T05:00:00Z", ["2012-03-12T06:00:00Z"]],
  ["robfig: 1am nightly job (runs twice)", "0 1 * * ?", "America/New_York", "2012-11-04T04:00:00Z", ["2012-11-04T05:00:00Z", "2012-11-04T06:00:00Z", "2012-11-05T06:00:00Z"]],
  ["robfig: 02:30 on Nov 4 (EST)", "30 2 04 Nov ?", "America/New_York", "2012-11-04T04:00:00Z", ["2012-11-04T07:30:00Z"]],
  ["robfig: 01:30 after 01:45 EDT is 01:30 EST", "30 1 04 Nov ?", "America/New_York", "2012-11-04T05:45:00Z", ["2012-11-04T06:30:00Z"]],
  ["robfig: 3am nightly job on fall day", "0 3 * * ?", "America/New_York", "2012-11-04T04:00:00Z", ["2012-11-04T08:00:00Z", "2012-11-05T08:00:00Z"]],
  ["robfig: monthly job across DST end", "0 3 3 * ?", "America/New_York", "2012-11-04T04:00:00Z", ["2012-12-03T08:00:00Z"]],
  ["robfig #157: Sao Paulo, midnight does not exist", "0 9 10 * ?", "America/Sao_Paulo", "2018-10-17T09:00:00Z", ["2018-11-10T11:00:00Z"]],
  ["robfig #157: Sao Paulo, Feb 2018", "0 9 22 * ?", "America/Sao_Paulo", "2018-02-14T10:00:00Z", ["2018-02-22T12:00:00Z"]],
  ["Berlin spring: 02:00 skipped", "0 2 * * *", "Europe/Berlin", "2026-03-28T12:00:00Z", ["2026-03-30T00:00:00Z", "2026-03-31T00:00:00Z"]],
  ["Berlin spring: 02:30 skipped", "30 2 * * *", "Europe/Berlin", "2026-03-28T12:00:00Z", ["2026-03-30T00:30:00Z", "2026-03-31T00:30:00Z"]],
  ["Berlin spring: hourly 01:00 CET -> 03:00 CEST", "0 * * * *", "Europe/Berlin", "2026-03-28T23:30:00Z", ["2026-03-29T00:00:00Z", "2026-03-29T01:00:00Z", "2026-03-29T02:00:00Z"]],
  ["Berlin spring: */15 01:45 CET -> 03:00 CEST", "*/15 * * * *", "Europe/Berlin", "2026-03-29T00:40:00Z", ["2026-03-29T00:45:00Z", "2026-03-29T01:00:00Z"]],
  ["Berlin fall: 02:30 runs twice", "30 2 * * *", "Europe/Berlin", "2026-10-24T12:00:00Z", ["2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z", "2026-10-26T01:30:00Z"]],
  ["Berlin fall: hourly fires at 02:00 twice", "0 * * * *", "Europe/Berlin", "2026-10-24T23:30:00Z", ["2026-10-25T00:00:00Z", "2026-10-25T01:00:00Z", "2026-10-25T02:00:00Z", "2026-10-25T03:00:00Z"]],
  ["Berlin fall: */15 02:45 CEST -> 02:00 CET", "*/15 * * * *", "Europe/Berlin", "2026-10-25T00:40:00Z", ["2026-10-25T00:45:00Z", "2026-10-25T01:00:00Z", "2026-10-25T01:15:00Z"]],
  ["Berlin fall: weekday business hours through the change", "*/5 9-17 * * 1-5", "Europe/Berlin", "2026-10-23T15:50:00Z", ["2026-10-23T15:55:00Z", "2026-10-26T08:00:00Z", "2026-10-26T08:05:00Z"]],
  ["Sydney fall: 02:30 runs twice", "30 2 * * *", "Australia/Sydney", "2026-04-04T12:00:00Z", ["2026-04-04T15:30:00Z", "2026-04-04T16:30:00Z", "2026-04-05T16:30:00Z"]],
  ["Sydney spring: 02:30 skipped", "30 2 * * *", "Australia/Sydney", "2026-10-03T12:00:00Z", ["2026-10-04T15:30:00Z", "2026-10-05T15:30:00Z"]],
  ["quirk: Sao Paulo 2018, hour loop crosses the missing midnight into Sunday", "0 5 * * 6", "America/Sao_Paulo", "2018-11-03T09:00:00Z", ["2018-11-04T07:00:00Z", "2018-11-10T07:00:00Z"]],
  ["quirk: Cairo 2024, Friday with no midnight is skipped", "0 12 * * 5", "Africa/Cairo", "2024-04-25T10:00:00Z", ["2024-05-03T09:00:00Z", "2024-05-10T09:00:00Z"]],
  ["quirk: Lord Howe 2024, 30-minute fall-back skips 02:00", "0 2 * * *", "Australia/Lord_Howe", "2024-04-06T12:00:00Z", ["2024-04-07T15:30:00Z", "2024-04-08T15:30:00Z"]],
  ["Lord Howe spring: 02:15 does not exist", "15 2 * * *", "Australia/Lord_Howe", "2024-10-05T12:00:00Z", ["2024-10-06T15:15:00Z", "2024-10-07T15:15:00Z"]],
];

/** Cases where robfig's DST handling is not "every instant showing a matching wall time". */
const isQuirk = (name: string) => name.startsWith('quirk:');

describe('SpecSchedule.next matches robfig/cron v3.0.1', () => {
  it.each(NEXT_CASES)('%s: %j in %s after %s', (_name, expr, tz, after, want) => {
    const s = mustParse(expr, tz);
    expect(chain((t) => s.next(t), after, want.length)).toEqual(want);
  });

  it.each(NEXT_CASES.filter(([, expr]) => !expr.includes('@every')))('literal re-enactment agrees: %s', (_name, expr, tz, after, want) => {
    const s = mustParse(expr, tz) as SpecSchedule;
    const lit = (t: number) => {
      const r = literalNext(s, Math.floor(t / 1000) + 1);
      return r === null ? null : r * 1000;
    };
    expect(chain(lit, after, want.length)).toEqual(want);
  });

  it.each(NEXT_CASES.filter(([name]) => !isQuirk(name)))('cron-parser reference agrees: %s', (_name, expr, tz, after, want) => {
    expect(chain((t) => referenceNext(expr, tz, t), after, want.length)).toEqual(want);
  });

  it.each(NEXT_CASES.filter(([name]) => isQuirk(name)))('the reference does not model robfig quirks: %s', (_name, expr, tz, after, want) => {
    expect(chain((t) => referenceNext(expr, tz, t), after, want.length)).not.toEqual(want);
  });

  it('@every exposes its delay and kind', () => {
    const s = mustParse('@every 1h30m10.9s');
    expect(s.kind).toBe('every');
    expect(s.every).toBe(5_410_000);
    expect(mustParse('@every 200ms').every).toBe(1000);
    expect(mustParse('0 * * * *').kind).toBe('spec');
    expect(mustParse('0 * * * *').every).toBeUndefined();
  });

  it('the zone: TZ= prefix, else the argument, else UTC', () => {
    expect(mustParse('0 0 * * *').timeZone).toBe('UTC');
    expect(mustParse('0 0 * * *', 'Europe/Rome').timeZone).toBe('Europe/Rome');
    expect(mustParse('TZ=Asia/Tokyo 0 0 * * *', 'Europe/Rome').timeZone).toBe('Asia/Tokyo');
    expect(mustParse('TZ=Local 0 0 * * *', 'Europe/Rome').timeZone).toBe('Europe/Rome');
    expect(mustParse('TZ= 0 0 * * *', 'Europe/Rome').timeZone).toBe('UTC');
  });

  it('next is strictly after, at whole minutes, for any millisecond', () => {
    const s = mustParse('* * * * *');
    expect(iso(s.next(ms('2016-05-19T10:00:00Z') - 1))).toBe('2016-05-19T10:00:00Z');
    expect(iso(s.next(ms('2016-05-19T10:00:00Z')))).toBe('2016-05-19T10:01:00Z');
    expect(iso(s.next(ms('2016-05-19T10:00:59.999Z')))).toBe('2016-05-19T10:01:00Z');
    expect(iso(s.next(ms('1969-12-31T23:59:30.5Z')))).toBe('1970-01-01T00:00:00Z');
  });
});

// [name, expression, robfig's error]
const PARSE_ERRORS: Array<[string, string, string]> = [
  ["hour out of range", "0 25 * * *", "end of range (25) above maximum (23): 25"],
  ["minute out of range", "60 * * * *", "end of range (60) above maximum (59): 60"],
  ["day of month below minimum", "0 0 0 * *", "beginning of range (0) below minimum (1): 0"],
  ["month out of range", "0 0 * 13 *", "end of range (13) above maximum (12): 13"],
  ["day of week 7 is rejected", "0 0 * * 7", "end of range (7) above maximum (6): 7"],
  ["day of week range to 7", "0 0 * * 5-7", "end of range (7) above maximum (6): 5-7"],
  ["range backwards", "5-1 * * * *", "beginning of range (5) beyond end of range (1): 5-1"],
  ["step zero", "*/0 * * * *", "step of range should be a positive number: */0"],
  ["step zero after a range", "1-31/0 * * * *", "step of range should be a positive number: 1-31/0"],
  ["not a number", "x * * * *", "failed to parse int from x: strconv.Atoi: parsing \"x\": invalid syntax"],
  ["not a day name", "0 0 * * foo", "failed to parse int from foo: strconv.Atoi: parsing \"foo\": invalid syntax"],
  ["full month name", "0 0 * January *", "failed to parse int from January: strconv.Atoi: parsing \"January\": invalid syntax"],
  ["month name in the wrong field", "jan * * * *", "failed to parse int from jan: strconv.Atoi: parsing \"jan\": invalid syntax"],
  ["too many hyphens", "1-2-3 * * * *", "too many hyphens: 1-2-3"],
  ["too many slashes", "*/2/3 * * * *", "too many slashes: */2/3"],
  ["negative step", "*/-1 * * * *", "negative number (-1) not allowed: -1"],
  ["empty step", "*/ * * * *", "failed to parse int from : strconv.Atoi: parsing \"\": invalid syntax"],
  ["open range", "5- * * * *", "failed to parse int from : strconv.Atoi: parsing \"\": invalid syntax"],
  ["L is not supported", "0 0 L * *", "failed to parse int from L: strconv.Atoi: parsing \"L\": invalid syntax"],
  ["# is not supported", "0 0 * * 1#2", "failed to parse int from 1#2: strconv.Atoi: parsing \"1#2\": invalid syntax"],
  ["W is not supported", "0 0 15W * *", "failed to parse int from 15W: strconv.Atoi: parsing \"15W\": invalid syntax"],
  ["too large", "99999999999999999999 * * * *", "failed to parse int from 99999999999999999999: strconv.Atoi: parsing \"99999999999999999999\": value out of range"],
  ["6 fields (seconds) rejected", "0 0 * * * *", "expected exactly 5 fields, found 6: [0 0 * * * *]"],
  ["4 fields", "0 0 * *", "expected exactly 5 fields, found 4: [0 0 * *]"],
  ["empty", "", "empty spec string"],
  ["blank", "   ", "expected exactly 5 fields, found 0: []"],
  ["leading space before a descriptor", " @daily", "expected exactly 5 fields, found 1: [@daily]"],
  ["unknown descriptor", "@foo", "unrecognized descriptor: @foo"],
  ["descriptors are case-sensitive", "@DAILY", "unrecognized descriptor: @DAILY"],
  ["trailing space after a descriptor", "@daily ", "unrecognized descriptor: @daily "],
  ["cron-parser extra descriptor", "@weekdays", "unrecognized descriptor: @weekdays"],
  ["@every with days", "@every 1d", "failed to parse duration @every 1d: time: unknown unit \"d\" in duration \"1d\""],
  ["@every garbage", "@every x", "failed to parse duration @every x: time: invalid duration \"x\""],
  ["@every without a unit", "@every 5", "failed to parse duration @every 5: time: missing unit in duration \"5\""],
  ["@every without a duration", "@every ", "failed to parse duration @every : time: invalid duration \"\""],
  ["unknown zone in TZ=", "TZ=Foo/Bar 0 0 * * *", "provided bad location Foo/Bar: unknown time zone Foo/Bar"],
  ["zone names are case-sensitive", "TZ=europe/berlin 0 0 * * *", "provided bad location europe/berlin: unknown time zone europe/berlin"],
  ["fields after CRON_TZ checked", "CRON_TZ=Europe/Berlin 0 0 * * 8", "end of range (8) above maximum (6): 8"],
];

describe('where robfig never returns', () => {
  it('Pacific/Kiritimati across its skipped 31 December 1994: the emulation gives up and the schedule never fires again (no throw)', () => {
    const r = parseSchedule('44 0,1 2/3 * MON', 'Pacific/Kiritimati');
    if ('error' in r) throw new Error(r.error);
    expect(r.schedule.next(Date.UTC(1994, 11, 29, 11, 44))).toBeNull();
  });
});

describe('parse errors in robfig words', () => {
  it.each(PARSE_ERRORS)('%s: %j', (_name, expr, want) => {
    const r = parseSchedule(expr);
    expect('error' in r && r.error).toBe(want);
  });

  it('a TZ= prefix without a space: reported (robfig panics on it)', () => {
    const r = parseSchedule('TZ=UTC');
    expect('error' in r && r.error).toMatch(/^provided bad location UTC: /);
  });

  it('an unloadable zone argument gives time.LoadLocation\'s error', () => {
    const r = parseSchedule('0 0 * * *', 'Foo/Bar');
    expect('error' in r && r.error).toBe('unknown time zone Foo/Bar');
  });

  it.each([
    ['0 25 * * *', '"0 25 * * *": hour 25 out of range 0-23'],
    ['60 * * * *', '"60 * * * *": minute 60 out of range 0-59'],
    ['0 0 0 * *', '"0 0 0 * *": day-of-month 0 out of range 1-31'],
    ['0 0 * 13 *', '"0 0 * 13 *": month 13 out of range 1-12'],
    ['0 0 * * 7', '"0 0 * * 7": day-of-week 7 out of range 0-6 (Sunday is 0 or sun)'],
    ['5-1 * * * *', '"5-1 * * * *": minute range "5-1" runs backwards (5 > 1)'],
    ['*/0 * * * *', '"*/0 * * * *": minute step must be a positive number in "*/0"'],
    ['0 0 * * foo', '"0 0 * * foo": day-of-week: value "foo" is not a number nor a day name (sun-sat)'],
    ['0 0 * * * *', '"0 0 * * * *": expected 5 fields (minute hour day-of-month month day-of-week), found 6'],
    ['@foo', '"@foo": unknown descriptor "@foo" (use @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly or @every DURATION)'],
    ['@every 1d', '"@every 1d": @every: unknown unit "d" in duration "1d" (Go syntax, e.g. 90s, 1h30m)'],
    ['TZ=Foo/Bar 0 0 * * *', '"TZ=Foo/Bar 0 0 * * *": unknown time zone "Foo/Bar" in the TZ= prefix'],
    ['', '"": empty schedule'],
  ])('describeScheduleError(%j)', (expr, want) => {
    expect(describeScheduleError(expr)).toBe(want);
  });

  it('describeScheduleError is null for a good schedule', () => {
    expect(describeScheduleError('0 0 * * *')).toBeNull();
  });

  it.each([
    ['1h30m', 5_400_000_000_000n],
    ['1.5h', 5_400_000_000_000n],
    ['-90s', -90_000_000_000n],
    ['+5m', 300_000_000_000n],
    ['0', 0n],
    ['1µs', 1000n],
    ['.5s', 500_000_000n],
  ])('goParseDuration(%j)', (text, ns) => {
    expect(goParseDuration(text)).toEqual({ ns });
  });
});

// Every place cron-parser differs from robfig, shown on cron-parser itself, with the adaptation
// in referenceNext (D1..D13 at that function) making the reference agree with robfig.
describe('cron-parser differences, pinned', () => {
  const cp = (expr: string, from = T0, tz = 'UTC', n = 1) => {
    const it = CronExpressionParser.parse(expr, { currentDate: ms(from), tz });
    return Array.from({ length: n }, () => iso(it.next().getTime()));
  };
  const cpThrows = (expr: string) => expect(() => CronExpressionParser.parse(expr, { currentDate: ms(T0), tz: 'UTC' })).toThrow();
  const agree = (expr: string, tz: string, from: string, n: number) => {
    const s = mustParse(expr, tz);
    const fast = chain((t) => s.next(t), from, n);
    expect(chain((t) => referenceNext(expr, tz, t), from, n)).toEqual(fast);
    return fast;
  };

  it('D1: TZ= / CRON_TZ= prefixes', () => {
    cpThrows('TZ=Europe/Rome 0 12 * * *');
    expect(agree('TZ=Europe/Rome 0 12 * * *', 'UTC', T0, 1)).toEqual(['2016-05-20T10:00:00Z']);
    expect(agree('CRON_TZ=Europe/Rome 0 12 * * *', 'UTC', T0, 1)).toEqual(['2016-05-20T10:00:00Z']);
  });

  it('D2: @every', () => {
    cpThrows('@every 1h');
    expect(agree('@every 1h', 'UTC', '2016-05-19T10:07:13.250Z', 2)).toEqual(['2016-05-19T11:07:13Z', '2016-05-19T12:07:13Z']);
  });

  it('D3: @midnight (missing in cron-parser), @weekdays (extra in cron-parser)', () => {
    cpThrows('@midnight');
    expect(agree('@midnight', 'UTC', T0, 1)).toEqual(['2016-05-20T00:00:00Z']);
    expect(cp('@weekdays')).toEqual(['2016-05-20T00:00:00Z']);
    expect('error' in parseSchedule('@weekdays')).toBe(true);
    expect(() => referenceNext('@weekdays', 'UTC', ms(T0))).toThrow();
  });

  it('D4: 6 fields', () => {
    expect(cp('0 0 0 * * *')).toEqual(['2016-05-20T00:00:00Z']);
    expect(parseSchedule('0 0 0 * * *')).toMatchObject({ error: 'expected exactly 5 fields, found 6: [0 0 0 * * *]' });
    expect(() => referenceNext('0 0 0 * * *', 'UTC', ms(T0))).toThrow();
  });

  it('D5: L, W, #', () => {
    expect(cp('0 0 L * *')).toEqual(['2016-05-31T00:00:00Z']);
    expect(cp('0 0 * * 1#2')).toEqual(['2016-06-13T00:00:00Z']);
    for (const e of ['0 0 L * *', '0 0 * * 1#2']) {
      expect('error' in parseSchedule(e)).toBe(true);
      expect(() => referenceNext(e, 'UTC', ms(T0))).toThrow();
    }
  });

  it('D6: day-of-week 7 and the 0-7 range', () => {
    expect(cp('0 0 * * 7')).toEqual(['2016-05-22T00:00:00Z']);
    expect(parseSchedule('0 0 * * 7')).toMatchObject({ error: 'end of range (7) above maximum (6): 7' });
    expect(() => referenceNext('0 0 * * 7', 'UTC', ms(T0))).toThrow();
    // mon/2: cron-parser 1,3,5,7 (Sunday 22nd included); robfig 1,3,5
    expect(cp('0 0 * * mon/2', T0, 'UTC', 3)).toEqual(['2016-05-20T00:00:00Z', '2016-05-22T00:00:00Z', '2016-05-23T00:00:00Z']);
    expect(agree('0 0 * * mon/2', 'UTC', T0, 3)).toEqual(['2016-05-20T00:00:00Z', '2016-05-23T00:00:00Z', '2016-05-25T00:00:00Z']);
    expect(agree('0 0 * * */3', 'UTC', T0, 3)).toEqual(['2016-05-21T00:00:00Z', '2016-05-22T00:00:00Z', '2016-05-25T00:00:00Z']);
  });

  it('D7: the star bit decides AND/OR, not the literal "*"', () => {
    expect(cp('0 0 */1 * 1')).toEqual(['2016-05-20T00:00:00Z']); // OR: every day
    expect(agree('0 0 */1 * 1', 'UTC', T0, 1)).toEqual(['2016-05-23T00:00:00Z']); // AND: Mondays
    expect(cp('0 0 1 * */1')).toEqual(['2016-05-20T00:00:00Z']);
    expect(agree('0 0 1 * */1', 'UTC', T0, 1)).toEqual(['2016-06-01T00:00:00Z']);
    // agreement where both see a restricted field: */2 (v3.0.1 drops the star bit for steps > 1)
    expect(cp('0 0 */2 * 1', T0, 'UTC', 6)).toEqual(agree('0 0 */2 * 1', 'UTC', T0, 6));
  });

  it('D8: duplicate values and empty list items', () => {
    cpThrows('0 0 * * 5,*');
    cpThrows('1,1 * * * *');
    cpThrows('1,,2 * * * *');
    expect(agree('0 0 * * 5,*', 'UTC', T0, 2)).toEqual(['2016-05-20T00:00:00Z', '2016-05-21T00:00:00Z']);
    expect(agree('1-5,3 * * * *', 'UTC', T0, 2)).toEqual(['2016-05-19T10:01:00Z', '2016-05-19T10:02:00Z']);
    expect(agree('1,,2 * * * *', 'UTC', T0, 3)).toEqual(['2016-05-19T10:01:00Z', '2016-05-19T10:02:00Z', '2016-05-19T11:01:00Z']);
  });

  it('D9: *-N', () => {
    cpThrows('*-5 * * * *');
    expect(agree('*-5 * * * *', 'UTC', T0, 1)).toEqual(['2016-05-19T10:01:00Z']);
  });

  it('D10: +N', () => {
    cpThrows('+5 * * * *');
    expect(agree('+5 * * * *', 'UTC', T0, 1)).toEqual(['2016-05-19T10:05:00Z']);
  });

  it('D11: dates that never occur', () => {
    cpThrows('0 0 30 2 *');
    expect(agree('0 0 30 2 *', 'UTC', T0, 1)).toEqual([null]);
  });

  it('D12: the 5-year horizon', () => {
    expect(cp('0 0 29 2 *', '2097-03-01T00:00:00Z')).toEqual(['2104-02-29T00:00:00Z']);
    expect(agree('0 0 29 2 *', 'UTC', '2097-03-01T00:00:00Z', 1)).toEqual([null]);
  });

  it('D13: daylight saving (cron-parser: a gap time runs late, a repeated time once)', () => {
    expect(cp('30 2 * * *', '2026-03-07T12:00:00Z', 'America/New_York', 2)).toEqual(['2026-03-08T07:30:00Z', '2026-03-09T06:30:00Z']);
    expect(agree('30 2 * * *', 'America/New_York', '2026-03-07T12:00:00Z', 2)).toEqual(['2026-03-09T06:30:00Z', '2026-03-10T06:30:00Z']);
    expect(cp('30 1 * * *', '2026-11-01T04:00:00Z', 'America/New_York', 2)).toEqual(['2026-11-01T05:30:00Z', '2026-11-02T06:30:00Z']);
    expect(agree('30 1 * * *', 'America/New_York', '2026-11-01T04:00:00Z', 2)).toEqual(['2026-11-01T05:30:00Z', '2026-11-01T06:30:00Z']);
    expect(cp('30 2 * * *', '2026-10-24T12:00:00Z', 'Europe/Berlin', 2)).toEqual(['2026-10-25T00:30:00Z', '2026-10-26T01:30:00Z']);
    expect(agree('30 2 * * *', 'Europe/Berlin', '2026-10-24T12:00:00Z', 2)).toEqual(['2026-10-25T00:30:00Z', '2026-10-25T01:30:00Z']);
  });
});

describe('formatInZone (the cronjob-scheduled-timestamp annotation)', () => {
  it.each([
    [T0, undefined, '2016-05-19T10:00:00Z'],
    [T0, 'UTC', '2016-05-19T10:00:00Z'],
    [T0, 'Europe/Rome', '2016-05-19T12:00:00+02:00'],
    [T0, 'America/New_York', '2016-05-19T06:00:00-04:00'],
    [T0, 'Asia/Kolkata', '2016-05-19T15:30:00+05:30'],
    [T0, 'Asia/Kathmandu', '2016-05-19T15:45:00+05:45'],
    [T0, 'America/St_Johns', '2016-05-19T07:30:00-02:30'],
    ['2016-01-19T10:00:00Z', 'Europe/London', '2016-01-19T10:00:00Z'], // Go prints Z for a zero offset
    ['2016-05-19T10:00:00.999Z', 'Europe/Rome', '2016-05-19T12:00:00+02:00'],
    ['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01T01:30:00-04:00'],
    ['2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01T01:30:00-05:00'],
    ['1969-07-20T20:17:40Z', 'America/Chicago', '1969-07-20T15:17:40-05:00'],
  ])('%s in %s', (at, tz, want) => {
    expect(formatInZone(ms(at), tz)).toBe(want);
  });
});

describe('validateTimeZone (CronJob spec.timeZone rules)', () => {
  it.each([
    ['Europe/Berlin', null],
    ['UTC', null],
    ['Etc/GMT+5', null],
    ['America/Argentina/Buenos_Aires', null],
    ['Antarctica/DumontDUrville', null],
    ['EST5EDT', null],
    ['', 'timeZone must be nil or non-empty string'],
    ['Local', 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'],
    ['local', 'timeZone must be an explicit time zone as defined in https://www.iana.org/time-zones'],
    ['Foo/Bar', 'unknown time zone Foo/Bar'],
    ['europe/berlin', 'unknown time zone europe/berlin'],
    ['../etc/passwd', 'unknown time zone ../etc/passwd'],
    ['Europe/./Berlin', 'unknown time zone Europe/./Berlin'],
    ['-Europe/Berlin', 'unknown time zone -Europe/Berlin'],
    ['Europe/Berlin ', 'unknown time zone Europe/Berlin '],
    ['America/VeryLongCityName', 'unknown time zone America/VeryLongCityName'],
    ['+01:00', 'unknown time zone +01:00'],
    ['GMT+5', 'unknown time zone GMT+5'],
  ])('%j', (tz, want) => {
    expect(validateTimeZone(tz)).toBe(want);
  });
});

describe('previewSchedule marks daylight-saving effects', () => {
  const preview = (expr: string, timeZone: string | undefined, from: string, count: number) => {
    const p = previewSchedule(expr, { timeZone, fromMs: ms(from), count });
    if ('error' in p) throw new Error(p.error);
    return p as Preview;
  };
  const rows = (p: Preview) => p.runs.map((r) => [r.local, r.note ?? '']);

  it('a spring-forward gap: the skipped run is named on the next one', () => {
    expect(rows(preview('0 2 * * *', 'America/New_York', '2026-03-07T00:00:00Z', 3))).toEqual([
      ['2026-03-07T02:00:00-05:00', ''],
      ['2026-03-09T02:00:00-04:00', 'DST gap: local 2026-03-08 02:00 does not exist (clocks jump 02:00→03:00), that run is skipped'],
      ['2026-03-10T02:00:00-04:00', ''],
    ]);
  });

  it('a gap with several skipped times', () => {
    expect(rows(preview('*/15 * * * *', 'America/New_York', '2026-03-08T06:30:00Z', 2))).toEqual([
      ['2026-03-08T01:45:00-05:00', ''],
      ['2026-03-08T03:00:00-04:00', 'DST gap: local 2026-03-08 02:00–02:45 (4 times) do not exist (clocks jump 02:00→03:00), those runs are skipped'],
    ]);
  });

  it('a fall-back repeat: both runs marked', () => {
    expect(rows(preview('30 1 * * *', 'America/New_York', '2026-10-31T12:00:00Z', 3))).toEqual([
      ['2026-11-01T01:30:00-04:00', 'repeated local hour (DST ends): runs twice (1st of 2)'],
      ['2026-11-01T01:30:00-05:00', 'repeated local hour (DST ends): runs twice (2nd of 2)'],
      ['2026-11-02T01:30:00-05:00', ''],
    ]);
    expect(rows(preview('0 * * * *', 'Europe/Berlin', '2026-10-24T23:30:00Z', 3))).toEqual([
      ['2026-10-25T02:00:00+02:00', 'repeated local hour (DST ends): runs twice (1st of 2)'],
      ['2026-10-25T02:00:00+01:00', 'repeated local hour (DST ends): runs twice (2nd of 2)'],
      ['2026-10-25T03:00:00+01:00', ''],
    ]);
  });

  it('robfig quirks are named', () => {
    const sp = rows(preview('0 5 * * 6', 'America/Sao_Paulo', '2018-11-03T09:00:00Z', 1));
    expect(sp[0]![0]).toBe('2018-11-04T05:00:00-02:00');
    expect(sp[0]![1]).toMatch(/^robfig\/cron quirk: this local time does not match the schedule/);
    const cairo = rows(preview('0 12 * * 5', 'Africa/Cairo', '2024-04-25T10:00:00Z', 1));
    expect(cairo[0]).toEqual(['2024-05-03T12:00:00+03:00', 'robfig/cron quirk: local 2024-04-26 12:00 exists and matches but is skipped (DST handling near this transition)']);
  });

  it('UTC and @every: no notes; utc and local columns', () => {
    const p = preview('@every 90m', 'Europe/Berlin', '2026-10-24T23:30:00Z', 2);
    expect(p.kind).toBe('every');
    expect(p.runs.map((r) => [r.utc, r.local, r.note])).toEqual([
      ['2026-10-25T01:00:00Z', '2026-10-25T02:00:00+01:00', undefined],
      ['2026-10-25T02:30:00Z', '2026-10-25T03:30:00+01:00', undefined],
    ]);
    expect(preview('0 0 * * *', undefined, T0, 1).runs).toEqual([{ ms: ms('2016-05-20T00:00:00Z'), utc: '2016-05-20T00:00:00Z', local: '2016-05-20T00:00:00Z' }]);
  });

  it('a schedule that never fires is exhausted', () => {
    const p = preview('59 23 31 2 *', undefined, T0, 5);
    expect(p.runs).toEqual([]);
    expect(p.exhausted).toBe(true);
  });

  it('errors come back as values', () => {
    expect(previewSchedule('0 25 * * *', { fromMs: 0, count: 1 })).toMatchObject({ error: 'end of range (25) above maximum (23): 25' });
  });
});

describe('fast path and literal path agree on an hourly sweep through DST weeks', () => {
  const schedules = ['*/1 * * * *', '0 3 * * *', '*/5 9-17 * * 1-5', '30 1,2 * * *', '0 0 * * 0', '15 */2 1,15 * *'];
  const sweeps: Array<[string, string]> = [
    ['America/New_York', '2026-03-07T00:00:00Z'],
    ['America/New_York', '2026-10-30T00:00:00Z'],
    ['Europe/Berlin', '2026-03-28T00:00:00Z'],
    ['Europe/Berlin', '2026-10-24T00:00:00Z'],
    ['Australia/Lord_Howe', '2026-04-04T00:00:00Z'],
    ['America/Sao_Paulo', '2018-11-02T00:00:00Z'],
  ];
  it.each(sweeps)('%s from %s', (tz, from) => {
    for (const expr of schedules) {
      const s = mustParse(expr, tz) as SpecSchedule;
      for (let t = ms(from); t < ms(from) + 4 * 86_400_000; t += 17 * 60_000 + 7_000) {
        const lit = literalNext(s, Math.floor(t / 1000) + 1);
        expect(s.next(t), `${expr} ${tz} after ${iso(t)}`).toBe(lit === null ? null : lit * 1000);
      }
    }
  });
});
