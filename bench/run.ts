// `npm run bench`: every benchmark, printing figures (never pass/fail on time).
import { benchCore } from './core.ts';
import { benchSchedule } from './schedule.ts';
import { benchCronYear } from './cronjob.ts';

const sections: Array<[string, () => string[] | Promise<string[]>]> = [
  ['core', () => benchCore()],
  ['core-1000-nodes', () => benchCore({ jobs: 1000, completions: 100, parallelism: 10, nodes: 1000 })],
  ['schedule', () => benchSchedule()],
  ['cronjob', () => benchCronYear(365)],
];
for (const [name, fn] of sections) {
  try {
    for (const l of await fn()) console.log(l);
  } catch (e) {
    console.log(`${name}: failed: ${(e as Error).message}`);
  }
  console.log('');
}
