"""Alarms to one KMS-encrypted SNS topic: the signals that mean patients wait or data is lost.

- every function: ``Errors`` and ``Throttles``;
- every MSK mapping: consumer lag — Lambda's ``OffsetLag`` for the function and MSK's
  ``EstimatedMaxTimeLag`` for the consumer group (seconds behind, independent of traffic);
- every dead-letter topic: any record arriving (MSK per-topic ``MessagesInPerSec``, summed over
  the brokers) — a dead letter is a patient message nobody handled;
- the API: ``5xx`` on the stage;
- PostgreSQL: CPU and connection count.

Missing data is "not breaching": a quiet night is not an incident.
"""

from __future__ import annotations

from aws_cdk import Duration
from aws_cdk import aws_cloudwatch as cw
from aws_cdk import aws_cloudwatch_actions as cw_actions
from aws_cdk import aws_iam as iam
from aws_cdk import aws_sns as sns
from aws_cdk import aws_sns_subscriptions as subs
from constructs import Construct

from .api import Api
from .config import EnvConfig
from .data import Data
from .functions import Functions
from .keys import Keys
from .paths import topology
from .streaming import Streaming

FIVE_MINUTES = Duration.minutes(5)
DB_CONNECTIONS_THRESHOLD = {"micro": 60, "small": 120, "medium": 300}
"""Rough 75 % of RDS's default max_connections per instance size (LEAST(DBInstanceClassMemory/9531392, 5000))."""


class Observability(Construct):
    def __init__(
        self,
        scope: Construct,
        construct_id: str,
        *,
        cfg: EnvConfig,
        keys: Keys,
        data: Data,
        streaming: Streaming,
        functions: Functions,
        api: Api,
    ) -> None:
        super().__init__(scope, construct_id)
        self.topic = sns.Topic(
            self,
            "Alarms",
            topic_name=f"{cfg.prefix}-alarms",
            display_name="careflow alarms",
            master_key=keys.logs,
        )
        self.topic.add_to_resource_policy(
            iam.PolicyStatement(
                sid="EnforceTLS",
                effect=iam.Effect.DENY,
                principals=[iam.AnyPrincipal()],
                actions=["sns:Publish"],
                resources=[self.topic.topic_arn],
                conditions={"Bool": {"aws:SecureTransport": "false"}},
            )
        )
        if cfg.alarm_email:
            self.topic.add_subscription(subs.EmailSubscription(cfg.alarm_email))
        self._action = cw_actions.SnsAction(self.topic)
        self.alarms: dict[str, cw.Alarm] = {}

        for name, built in functions.functions.items():
            fn = built.function
            self._alarm(
                f"{name}-errors",
                fn.metric_errors(period=FIVE_MINUTES, statistic="Sum"),
                1,
                f"{name} raised errors",
            )
            self._alarm(
                f"{name}-throttles",
                fn.metric_throttles(period=FIVE_MINUTES, statistic="Sum"),
                1,
                f"{name} was throttled",
            )

        for mapping in topology.KAFKA_MAPPINGS:
            fn_name = functions.function_name(mapping.function)
            self._alarm(
                f"{mapping.name}-offset-lag",
                cw.Metric(
                    namespace="AWS/Lambda",
                    metric_name="OffsetLag",
                    dimensions_map={"FunctionName": fn_name},
                    statistic="Maximum",
                    period=FIVE_MINUTES,
                ),
                1000,
                f"{mapping.function} is more than 1000 records behind on {mapping.topic}",
                evaluation_periods=3,
            )
            self._alarm(
                f"{mapping.name}-time-lag",
                cw.Metric(
                    namespace="AWS/Kafka",
                    metric_name="EstimatedMaxTimeLag",
                    dimensions_map={
                        "Cluster Name": streaming.cluster_name,
                        "Consumer Group": mapping.consumer_group_id,
                        "Topic": mapping.topic,
                    },
                    statistic="Maximum",
                    period=FIVE_MINUTES,
                ),
                cfg.lag_alarm_seconds,
                f"{mapping.consumer_group_id} is more than {cfg.lag_alarm_seconds}s behind on {mapping.topic}",
                evaluation_periods=2,
            )
            if not mapping.on_failure_topic:
                continue
            self._alarm(
                f"{mapping.function}-dead-letters",
                _dead_letter_arrivals(
                    streaming.cluster_name, mapping.on_failure_topic, cfg.msk_broker_count
                ),
                0,
                f"records reached {mapping.on_failure_topic}: replay them after fixing the cause",
                comparison=cw.ComparisonOperator.GREATER_THAN_THRESHOLD,
            )

        self._alarm(
            "api-5xx",
            cw.Metric(
                namespace="AWS/ApiGateway",
                metric_name="5xx",
                dimensions_map={"ApiId": api.http_api.api_id, "Stage": "$default"},
                statistic="Sum",
                period=FIVE_MINUTES,
            ),
            5,
            "the HTTP API answered 5xx",
        )
        self._alarm(
            "db-cpu",
            data.db.metric_cpu_utilization(period=FIVE_MINUTES, statistic="Average"),
            80,
            "PostgreSQL CPU above 80 % for 15 minutes",
            evaluation_periods=3,
        )
        size = cfg.db_instance_type.split(".")[-1]
        self._alarm(
            "db-connections",
            data.db.metric_database_connections(period=FIVE_MINUTES, statistic="Maximum"),
            DB_CONNECTIONS_THRESHOLD.get(size, 400),
            "PostgreSQL connections near max_connections",
            evaluation_periods=2,
        )

    def _alarm(
        self,
        name: str,
        metric: cw.IMetric,
        threshold: float,
        description: str,
        *,
        evaluation_periods: int = 1,
        comparison: cw.ComparisonOperator = cw.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    ) -> cw.Alarm:
        alarm = cw.Alarm(
            self,
            name,
            metric=metric,
            threshold=threshold,
            evaluation_periods=evaluation_periods,
            comparison_operator=comparison,
            treat_missing_data=cw.TreatMissingData.NOT_BREACHING,
            alarm_description=f"careflow: {description}",
        )
        alarm.add_alarm_action(self._action)
        self.alarms[name] = alarm
        return alarm


def _dead_letter_arrivals(cluster_name: str, topic: str, brokers: int) -> cw.MathExpression:
    """Sum one topic's ``MessagesInPerSec`` over the brokers (ids 1..N on provisioned MSK)."""
    metrics = {
        f"b{broker}": cw.Metric(
            namespace="AWS/Kafka",
            metric_name="MessagesInPerSec",
            dimensions_map={"Cluster Name": cluster_name, "Broker ID": str(broker), "Topic": topic},
            statistic="Sum",
            period=FIVE_MINUTES,
        )
        for broker in range(1, brokers + 1)
    }
    return cw.MathExpression(
        expression=" + ".join(f"FILL({key}, 0)" for key in metrics),
        using_metrics=metrics,
        label=f"records into {topic}",
        period=FIVE_MINUTES,
    )
