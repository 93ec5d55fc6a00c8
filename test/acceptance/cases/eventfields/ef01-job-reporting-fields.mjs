// A job-controller event written through client-go's legacy recorder: generateEvent sets
// reportingComponent = source.component ("job-controller") and reportingInstance = source.host (""),
// and the legacy Event has no eventTime (serialized as null: MicroTime zero, no omitempty effect).
export default {
  id: 'eventfields/ef01-job-reporting-fields',
  source: 'client-go tools/record/event.go generateEvent (event.ReportingInstance = recorder.source.Host; event.ReportingController = recorder.source.Component) and makeEvent (no EventTime); k8s.io/api core/v1 Event (json "reportingComponent", "reportingInstance" without omitempty; "eventTime" MicroTime)',
  scenario: `
apiVersion: batch/v1
kind: Job
metadata: {name: rep}
spec:
  template:
    spec:
      restartPolicy: Never
      containers: [{name: c, image: busybox:1.36}]
`,
  check(r, h) {
    const ev = r.events.filter((e) => e.source.component === 'job-controller');
    h.eq(ev.map((e) => e.reason), ['SuccessfulCreate', 'Completed'], 'job-controller events');
    for (const e of ev) {
      h.eq([e.reportingComponent, e.reportingInstance], ['job-controller', ''], `${e.reason} reportingComponent/reportingInstance`);
      h.assert('eventTime' in e && e.eventTime === null, `${e.reason}: eventTime should be null (legacy event), got ${JSON.stringify(e.eventTime)}`);
    }
  },
};
