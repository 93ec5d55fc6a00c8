// scenarios/suspend-resume.yaml: import-a resumed at +14m gets startTime 00:14:00 and is Complete at +16m01s;
// import-b resumed at +20m fails at once (DeadlineExceeded, startTime still 00:10:00, Suspended stays True, no new
// pod); the pods deleted at the +13m suspension count neither as failed nor succeeded.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/suspend-resume-deadline',
  source: 'scenarios/suspend-resume.yaml comment; kubernetes pkg/controller/job/job_controller.go syncJob (pastActiveDeadline before the resume branch resets StartTime), deleteJobPods (removeTrackingFinalizerPatch before DeletePod)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/suspend-resume.yaml'), 'utf8'),
  check(r, h) {
    const a = h.job('import-a'), b = h.job('import-b');
    h.eq([a.status.startTime, a.status.completionTime, a.status.succeeded, a.status.failed ?? 0], ['2026-01-01T00:14:00Z', '2026-01-01T00:16:01Z', 4, 0], 'import-a');
    h.eq([b.status.startTime, b.status.completionTime, b.status.succeeded, b.status.failed ?? 0, b.status.active ?? 0], ['2026-01-01T00:10:00Z', undefined, 2, 0, 0], 'import-b');
    h.eq(b.status.conditions.map((c) => [c.type, c.status, c.reason, h.sec(c.lastTransitionTime)]), [['Suspended', 'True', 'JobSuspended', 780], ['FailureTarget', 'True', 'DeadlineExceeded', 1200], ['Failed', 'True', 'DeadlineExceeded', 1200]], 'import-b conditions');
    h.eq(h.podsOf('import-b').filter((p) => h.sec(p.metadata.creationTimestamp) >= 1200).length, 0, 'no pod at +20m');
    h.eq(h.events({ name: 'import-a' }).filter((e) => ['Suspended', 'Resumed'].includes(e.reason)).map((e) => [e.reason, e.message, h.sec(e.firstTimestamp)]), [['Suspended', 'Job suspended', 0], ['Resumed', 'Job resumed', 600], ['Suspended', 'Job suspended', 780], ['Resumed', 'Job resumed', 840]], 'import-a events');
    const killed = h.of('Pod').filter((p) => p.metadata.deletionTimestamp);
    h.eq(killed.map((p) => [p.status.phase, h.exitCodeOf(p), h.sec(p.status.containerStatuses[0].state.terminated.finishedAt)]), Array(4).fill(['Failed', 143, 780]), 'suspended pods');
  },
};
