// README (text report): "every Job condition in the order it was set". In scenarios/suspend-resume.yaml both Jobs
// get Suspended=True (JobSuspended) at +0s and Suspended=False (JobResumed) at +10m, as the comment says and the
// events show; the "Job conditions, in the order they were set" table must list those transitions, not only the
// last value each condition type holds at the end of the run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/suspend-resume-text-conditions',
  source: 'README "The text report" (every Job condition in the order it was set); scenarios/suspend-resume.yaml comment (+0s: both Jobs get Suspended=True; +10m: Suspended=False (JobResumed))',
  scenario: readFileSync(join(process.cwd(), 'scenarios/suspend-resume.yaml'), 'utf8'),
  check(r, h) {
    const out = spawnSync(join(process.cwd(), 'node_modules/.bin/jobsim'), ['run', 'scenarios/suspend-resume.yaml'], { encoding: 'utf8' }).stdout;
    const sec = out.split('Job conditions, in the order they were set:')[1]?.split('\n\n')[0] ?? '';
    for (const [t, job, cond, reason] of [['+00:00:00', 'import-a', 'Suspended=True', 'JobSuspended'], ['+00:00:00', 'import-b', 'Suspended=True', 'JobSuspended'], ['+00:10:00', 'import-a', 'Suspended=False', 'JobResumed'], ['+00:13:00', 'import-a', 'Suspended=True', 'JobSuspended']])
      h.assert(new RegExp(`^\\${t}\\s+job/${job}\\s+${cond}\\s+${reason}\\b`, 'm').test(sec), `conditions table lacks ${t} job/${job} ${cond} ${reason}`);
  },
};
