"""Pub/Sub messages as ``RawDocument`` elements: one message, one story document.

The message's attributes travel in ``RawDocument.attributes`` (the parse stage
keeps them as ``attr:<name>`` in the story's raw metadata, and in dead letters);
its event time (the ``timestamp_attribute`` value, else the publish time) is the
element timestamp and ``RawDocument.mtime_ms``, so that with ``event_time="file"``
the parse stage stamps each story with the time of its message.

Redeliveries are not filtered here: the DirectRunner refuses ``id_label``, so an
exact redelivery is dropped later by the dedup stage (same id, version, content).
"""

from __future__ import annotations

import re

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipeline.model import RawDocument
from pipeline.sources.archives import DEFAULT_MAX_BYTES, KEPT_BYTES

__all__ = ["PubSubUnusable", "ReadWireMessages", "check_access", "check_subscription", "check_topic", "replay_since"]

NAMESPACE = "wire-ingest"
_SUBSCRIPTION = re.compile(r"^projects/[a-z][-a-z0-9.:]{4,61}[a-z0-9]/subscriptions/[A-Za-z][-A-Za-z0-9_.~+%]{2,254}$")
_TOPIC = re.compile(r"^projects/[a-z][-a-z0-9.:]{4,61}[a-z0-9]/topics/[A-Za-z][-A-Za-z0-9_.~+%]{2,254}$")


def check_subscription(path: str) -> str:
    if not _SUBSCRIPTION.match(path or ""):
        raise ValueError(f"subscription must look like projects/PROJECT/subscriptions/NAME, got {path!r}")
    return path


def check_topic(path: str) -> str:
    if not _TOPIC.match(path or ""):
        raise ValueError(f"topic must look like projects/PROJECT/topics/NAME, got {path!r}")
    return path


class _ToRawDocument(beam.DoFn):
    def __init__(self, source: str, max_bytes: int) -> None:
        self.source = source
        self.max_bytes = max_bytes
        self.received = Metrics.counter(NAMESPACE, "messages_received")

    def process(self, message, timestamp=beam.DoFn.TimestampParam):
        self.received.inc()
        data = bytes(message.data or b"")
        error = None
        if len(data) > self.max_bytes:  # like a file: dead-lettered (stage read), never truncated
            data, error = data[:KEPT_BYTES], f"message larger than the {self.max_bytes}-byte limit ({len(data)} bytes)"
        yield RawDocument(
            source=self.source,
            data=data,
            mtime_ms=int(timestamp.micros // 1000),
            attributes={str(k): str(v) for k, v in (message.attributes or {}).items()},
            error=error,
        )


class ReadWireMessages(beam.PTransform):
    """Unbounded ``RawDocument`` elements from a subscription, or a topic (the
    runner then creates a subscription of its own for the run)::

        documents = p | ReadWireMessages(subscription="projects/p/subscriptions/wires")
    """

    def __init__(
        self,
        *,
        subscription: str | None = None,
        topic: str | None = None,
        timestamp_attribute: str | None = None,
        expansion_service: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
    ) -> None:
        super().__init__()
        if max_bytes <= 0:
            raise ValueError(f"max_bytes must be positive, got {max_bytes}")
        self.max_bytes = max_bytes
        if (subscription is None) == (topic is None):
            raise ValueError(f"give exactly one of subscription or topic, got {subscription=!r}, {topic=!r}")
        self.subscription = check_subscription(subscription) if subscription else None
        self.topic = check_topic(topic) if topic else None
        if timestamp_attribute is not None and not timestamp_attribute.strip():
            raise ValueError(f"timestamp_attribute must name an attribute, got {timestamp_attribute!r}")
        self.timestamp_attribute = timestamp_attribute
        self.expansion_service = expansion_service

    def expand(self, pbegin):
        source = f"pubsub:{self.subscription or self.topic}"
        if self.expansion_service:
            # Portable runners (Flink): the Java SDK's Pub/Sub read, expanded by an
            # expansion service (pipeline.runners.flink starts one).
            from apache_beam.io.external.gcp.pubsub import ReadFromPubSub as read_transform

            extra = {"expansion_service": self.expansion_service}
        else:
            read_transform, extra = beam.io.ReadFromPubSub, {}
        return (
            pbegin
            | "Read"
            >> read_transform(
                subscription=self.subscription,
                topic=self.topic,
                with_attributes=True,
                timestamp_attribute=self.timestamp_attribute,
                **extra,
            )
            | "ToRawDocument" >> beam.ParDo(_ToRawDocument(source, self.max_bytes))
        )


def replay_since(subscription: str, since_ms: int) -> None:
    """Seek ``subscription`` to ``since_ms``: every message published from then on
    is delivered again, acknowledged or not. Pub/Sub can only do that for a
    subscription that retains acknowledged messages; ``ValueError`` says so."""
    from google.cloud import pubsub_v1
    from google.protobuf import timestamp_pb2

    check_subscription(subscription)
    with pubsub_v1.SubscriberClient() as client:
        config = client.get_subscription(subscription=subscription)
        if not config.retain_acked_messages:
            raise ValueError(
                f"subscription {subscription!r} does not retain acknowledged messages, so they cannot be replayed: "
                f"gcloud pubsub subscriptions update {subscription} --retain-acked-messages"
            )
        when = timestamp_pb2.Timestamp()
        when.FromMilliseconds(since_ms)
        client.seek(request={"subscription": subscription, "time": when})


class PubSubUnusable(ValueError):
    """A subscription or topic that does not exist or may not be used with these credentials:
    retrying cannot help, so the run stops with this one line."""


#: Seconds each access check may take before Pub/Sub counts as unreachable (a transient state).
ACCESS_CHECK_SECONDS = 15.0


def check_access(
    *, subscription: str | None = None, topic: str | None = None, output_topic: str | None = None
) -> list[str]:
    """Raise ``PubSubUnusable`` when a path the run needs is missing or forbidden; return the
    transient problems met instead (unreachable, timed out), which the run rides out.

    Asks Pub/Sub's ``testIamPermissions`` for exactly what the run does (consume the
    subscription; attach a subscription to the topic; publish to the output topic), which any
    caller may ask; where that is not implemented (the emulator) it reads the resource.
    """
    from google.api_core import exceptions as api
    from google.auth import exceptions as auth
    from google.cloud import pubsub_v1

    wanted = []
    if subscription:
        wanted.append(("subscription", check_subscription(subscription), "pubsub.subscriptions.consume"))
    if topic:
        wanted.append(("topic", check_topic(topic), "pubsub.topics.attachSubscription"))
    if output_topic:
        wanted.append(("output topic", check_topic(output_topic), "pubsub.topics.publish"))
    transient: list[str] = []
    if not wanted:
        return transient
    try:
        subscriber, publisher = pubsub_v1.SubscriberClient(), pubsub_v1.PublisherClient()
    except auth.DefaultCredentialsError as err:
        raise PubSubUnusable(f"no Google credentials for Pub/Sub ({_first_line(err)})") from err
    timeout = ACCESS_CHECK_SECONDS
    with subscriber:
        for what, path, permission in wanted:
            client = subscriber if what == "subscription" else publisher
            read = subscriber.get_subscription if what == "subscription" else publisher.get_topic
            try:
                try:
                    granted = client.test_iam_permissions(
                        request={"resource": path, "permissions": [permission]}, timeout=timeout
                    ).permissions
                except api.MethodNotImplemented:  # the emulator has no IAM
                    read(request={what.split()[-1]: path}, timeout=timeout)
                    granted = [permission]
            except api.NotFound as err:
                raise PubSubUnusable(f"{what} {path} does not exist ({_first_line(err)})") from err
            except (api.PermissionDenied, api.Unauthenticated) as err:
                raise PubSubUnusable(f"{what} {path} may not be used: {_first_line(err)}") from err
            except api.InvalidArgument as err:
                raise PubSubUnusable(f"{what} {path} is refused: {_first_line(err)}") from err
            except auth.DefaultCredentialsError as err:
                raise PubSubUnusable(f"no Google credentials for Pub/Sub ({_first_line(err)})") from err
            except (api.GoogleAPIError, api.RetryError, OSError) as err:
                transient.append(f"{what} {path}: {type(err).__name__}: {_first_line(err)}")
                continue
            if permission not in granted:
                raise PubSubUnusable(f"{what} {path}: these credentials lack {permission} (or it does not exist)")
    return transient


def _first_line(err: BaseException) -> str:
    return (str(err).strip().splitlines() or [""])[0][:300]
