import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { reconcileDrift, type PlanCounts } from '../services/jobs/reconcile-plan.ts';

/** The CloudWatch namespace of usersync's metrics (Embedded Metric Format, via Powertools). */
export const METRICS_NAMESPACE = 'usersync';

/** Metrics for one function, published to its log as EMF, which CloudWatch reads. */
export function functionMetrics(serviceName: string): Metrics {
  return new Metrics({ namespace: METRICS_NAMESPACE, serviceName });
}

/**
 * The relay's: how long the oldest unpublished event has waited and how many are parked
 * (both alarmed), and how many went.
 */
export function publishRelayMetrics(
  metrics: Metrics,
  values: { oldestUnpublishedAgeSeconds: number; parked: number; published: number },
): void {
  metrics.addMetric(
    'OutboxOldestAgeSeconds',
    MetricUnit.Seconds,
    values.oldestUnpublishedAgeSeconds,
  );
  metrics.addMetric('OutboxParked', MetricUnit.Count, values.parked);
  metrics.addMetric('EventsPublished', MetricUnit.Count, values.published);
  metrics.publishStoredMetrics();
}

/** The reconcile's: its drift, and the users it failed on. */
export function publishReconcileMetrics(
  metrics: Metrics,
  counts: PlanCounts,
  dryRun: boolean,
): void {
  metrics.addDimension('dryRun', String(dryRun));
  metrics.addMetric('ReconcileDrift', MetricUnit.Count, reconcileDrift(counts));
  metrics.addMetric('ReconcileFailed', MetricUnit.Count, counts.failed);
  metrics.publishStoredMetrics();
}
