// scenarios/check-broken-policy.yaml run without faults (jobsim run, not check): etl (24 completions, 3 at a
// time, 20m pods) needs 8 rounds of 20m + the 1s batch each: Complete at +2h40m08s, failed 0; report at +11s.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/check-broken-policy-run',
  source: 'scenarios/check-broken-policy.yaml; kubernetes pkg/controller/job/job_controller.go manageJob, syncJobBatchPeriod 1s',
  scenario: readFileSync(join(process.cwd(), 'scenarios/check-broken-policy.yaml'), 'utf8'),
  check(r, h) {
    const etl = h.job('etl');
    h.eq([etl.status.succeeded, etl.status.failed ?? 0, h.sec(etl.status.completionTime)], [24, 0, 9608], 'etl');
    h.eq(h.podsOf('etl').map((p) => h.sec(p.metadata.creationTimestamp)), [0, 1, 2, 3, 4, 5, 6, 7].flatMap((k) => Array(3).fill(k * 1201)), 'rounds');
    h.eq(h.sec(h.job('report').status.completionTime), 11, 'report');
    h.eq(r.spec.end, '2026-01-01T04:00:00Z', 'duration 4h');
  },
};
