// Resource Management for Pods and Containers, "Example 1": the frontend pod's two containers each request 250m CPU
// and 64Mi (limits 500m / 128Mi), so "the Pod has a request of 0.5 CPU and 128 MiB of memory". The scheduler
// sums the containers' requests: on a 1-CPU node two such pods fit and a third does not (Insufficient cpu; all
// three share priority 0, so no preemption victims), and it is bound when the first two finish at 60s. The pods
// are Burstable (requests below limits); the pool's requested CPU peaks at exactly 1000m, memory at 256Mi.
export default {
  id: 'podlife/pl05-resources-doc-frontend-two-per-cpu',
  source: 'website content/en/docs/concepts/configuration/manage-resources-containers.md "Resource requests and limits of Pod and container" + "Example 1" (pod request = sum of container requests) and "How Pods with resource requests are scheduled"; plugins/noderesources/fit.go (Insufficient cpu); preemption.go SelectVictimsOnNode ("No preemption victims found for incoming pod"); qos/helpers.go (Burstable)',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: {name: frontend}
spec:
  cluster:
    nodePools:
    - {name: pool, count: 1, capacity: {cpu: "1", memory: 1Gi, pods: 110}}
---
apiVersion: batch/v1
kind: Job
metadata: {name: frontend}
spec:
  completions: 3
  parallelism: 3
  template:
    metadata: {annotations: {jobsim/duration: 1m}}
    spec:
      containers:
      - name: app
        image: images.my-company.example/app:v4
        resources:
          requests:
            memory: "64Mi"
            cpu: "250m"
          limits:
            memory: "128Mi"
            cpu: "500m"
      - name: log-aggregator
        image: images.my-company.example/log-aggregator:v6
        resources:
          requests:
            memory: "64Mi"
            cpu: "250m"
          limits:
            memory: "128Mi"
            cpu: "500m"
      restartPolicy: Never
`,
  check(r, h) {
    const pods = h.podsOf('frontend');
    h.eq(pods.map((p) => p.status.qosClass), ['Burstable', 'Burstable', 'Burstable'], 'QoS');
    const bound = pods.map((p) => h.sec(h.events({ reason: 'Scheduled', name: p.metadata.name })[0]?.firstTimestamp)).sort((a, b) => a - b);
    h.eq(bound, [0, 0, 60], 'two bound at once, the third when they finish');
    const fs = h.events({ reason: 'FailedScheduling' });
    h.eq(fs.map((e) => [h.sec(e.firstTimestamp), e.message]), [[0, '0/1 nodes are available: 1 Insufficient cpu. no new claims to deallocate, preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.']], 'FailedScheduling');
    const pool = r.metrics.pools.pool;
    h.eq([pool.cpuRequestedPeakMilli, pool.memoryRequestedPeakBytes], [1000, 256 * 1024 * 1024], 'peaks');
    h.eq(h.sec(h.hasCond(h.job('frontend'), 'Complete').lastTransitionTime), 121, 'Complete');
  },
};
