// tour.yaml: too-slow (activeDeadlineSeconds 60, pod of 5m): FailureTarget at +60s with the pod deleted
// (SuccessfulDelete, Killing, exit 143), Failed one second later once the pod is terminal, the Warning
// DeadlineExceeded with the Failed condition, status.failed 1, no completionTime.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
export default {
  id: 'scenarios/tour-too-slow-deadline',
  source: 'scenarios/tour.yaml comment; kubernetes pkg/controller/job/job_controller.go syncJob (pastActiveDeadline -> FailureTarget DeadlineExceeded "Job was active longer than specified deadline"; recordJobFinished emits the event with the Failed condition)',
  scenario: readFileSync(join(process.cwd(), 'scenarios/tour.yaml'), 'utf8'),
  check(r, h) {
    const j = h.job('too-slow');
    h.eq(j.status.conditions.map((c) => [c.type, c.status, c.reason, c.message, h.sec(c.lastTransitionTime)]), [
      ['FailureTarget', 'True', 'DeadlineExceeded', 'Job was active longer than specified deadline', 60],
      ['Failed', 'True', 'DeadlineExceeded', 'Job was active longer than specified deadline', 61],
    ], 'conditions');
    h.eq([j.status.failed, j.status.succeeded ?? 0, j.status.completionTime], [1, 0, undefined], 'failed/succeeded/completionTime');
    const pod = h.podsOf('too-slow')[0];
    h.eq([pod.status.phase, h.exitCodeOf(pod), h.sec(pod.metadata.deletionTimestamp)], ['Failed', 143, 90], 'pod phase, exit code, deletionTimestamp (request + 30s grace)');
    h.eq(h.events({ name: 'too-slow' }).map((e) => [e.type, e.reason, e.message, h.sec(e.firstTimestamp), e.source.component]), [
      ['Normal', 'SuccessfulCreate', `Created pod: ${pod.metadata.name}`, 0, 'job-controller'],
      ['Normal', 'SuccessfulDelete', `Deleted pod: ${pod.metadata.name}`, 60, 'job-controller'],
      ['Warning', 'DeadlineExceeded', 'Job was active longer than specified deadline', 61, 'job-controller'],
    ], 'job events');
    h.eq(h.events({ name: pod.metadata.name, reason: 'Killing' }).map((e) => [e.message, h.sec(e.firstTimestamp)]), [['Stopping container slow', 60]], 'Killing');
  },
};
