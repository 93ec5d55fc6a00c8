// SetDefaults_Probe (timeout 1, period 10, success 1, failure 3) and SetDefaults_HTTPGetAction (path "/", scheme HTTP),
// also for lifecycle hooks; ports get protocol TCP; an unnamed-source volume becomes emptyDir; secrets get defaultMode 420.
export default {
  id: 'defaults/probe-http-and-lifecycle-defaults',
  source: 'pkg/apis/core/v1/defaults.go SetDefaults_Probe, SetDefaults_HTTPGetAction, SetDefaults_ContainerPort, SetDefaults_Volume, SetDefaults_SecretVolumeSource',
  args: ['--duration', '1s'],
  scenario: `apiVersion: batch/v1
kind: Job
metadata: {name: pr}
spec:
  template:
    spec:
      restartPolicy: Never
      volumes:
      - name: scratch
      - name: sec
        secret: {secretName: s}
      containers:
      - name: c
        image: "busybox:1.36"
        ports: [{containerPort: 80}, {containerPort: 53, protocol: UDP}]
        readinessProbe:
          httpGet: {port: 80}
          periodSeconds: 5
        lifecycle:
          preStop:
            httpGet: {port: 81, path: /stop}
`,
  check(r, h) {
    const c = h.job('pr').spec.template.spec.containers[0];
    h.eq([c.readinessProbe.httpGet.path, c.readinessProbe.httpGet.scheme, c.readinessProbe.periodSeconds, c.readinessProbe.timeoutSeconds, c.readinessProbe.successThreshold, c.readinessProbe.failureThreshold], ['/', 'HTTP', 5, 1, 1, 3], 'readinessProbe');
    h.eq([c.lifecycle.preStop.httpGet.path, c.lifecycle.preStop.httpGet.scheme], ['/stop', 'HTTP'], 'preStop httpGet');
    h.eq(c.ports.map((p) => p.protocol), ['TCP', 'UDP'], 'port protocols');
    const vols = h.job('pr').spec.template.spec.volumes;
    h.eq(vols[0], { name: 'scratch', emptyDir: {} }, 'emptyDir default');
    h.eq(vols[1].secret, { secretName: 's', defaultMode: 420 }, 'secret defaultMode');
  },
};
