// NodeAffinity and PodTopologySpread weigh 2 each: a-1 matches the preferred term (2 * 100) but sits in the
// zone that already holds a matching pod (spread 0); b-1 has no label but the empty zone (2 * 100). The two
// cancel out and resources decide: the 16-cpu b-1 (191 + 200) beats the 4-cpu a-1 (173 + 200).
export default {
  id: 'schedplug/spread-and-affinity-equal-weights',
  source: 'pkg/scheduler/apis/config/v1/default_plugins.go getDefaultPlugins (NodeAffinity weight 2, PodTopologySpread weight 2, NodeResourcesFit 1, NodeResourcesBalancedAllocation 1, TaintToleration 3); runtime/framework.go RunScorePlugins (NormalizeScore then score * weight, summed); podtopologyspread/scoring.go; nodeaffinity NormalizeScore',
  scenario: `
apiVersion: jobsim/v1alpha1
kind: Simulation
metadata: { name: s }
spec:
  duration: 1m
  cluster:
    nodePools:
    - { name: x, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: za }, taints: [{ key: team, value: x, effect: NoSchedule }] }
    - { name: a, count: 1, capacity: { cpu: "4", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: za, disk: ssd } }
    - { name: b, count: 1, capacity: { cpu: "16", memory: 16Gi, pods: 110 }, labels: { topology.kubernetes.io/zone: zb } }
  timeline:
  - at: 10s
    create:
      apiVersion: batch/v1
      kind: Job
      metadata: { name: p }
      spec:
        template:
          metadata: { labels: { app: web } }
          spec:
            affinity:
              nodeAffinity:
                preferredDuringSchedulingIgnoredDuringExecution:
                - { weight: 1, preference: { matchExpressions: [{ key: disk, operator: In, values: [ssd] }] } }
            topologySpreadConstraints:
            - { maxSkew: 1, topologyKey: topology.kubernetes.io/zone, whenUnsatisfiable: ScheduleAnyway, labelSelector: { matchLabels: { app: web } } }
            restartPolicy: Never
            containers: [{ name: c, image: busybox, resources: { requests: { cpu: "1" } } }]
---
apiVersion: batch/v1
kind: Job
metadata: { name: first }
spec:
  template:
    metadata: { labels: { app: web }, annotations: { jobsim/duration: 1h } }
    spec:
      nodeSelector: { kubernetes.io/hostname: x-1 }
      tolerations: [{ key: team, operator: Exists }]
      restartPolicy: Never
      containers: [{ name: c, image: busybox, resources: { requests: { cpu: 100m } } }]
`,
  check(r, h) {
    h.eq(h.podsOf('first')[0].spec.nodeName, 'x-1', 'first on x-1');
    const p = h.podsOf('p')[0];
    h.eq(p.spec.nodeName, 'b-1', 'p placed on b-1');
  },
};
