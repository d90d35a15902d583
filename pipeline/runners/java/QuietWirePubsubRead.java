/*
 * wire-ingest: a Flink-runner workaround (pipeline/runners/flink_pubsub.py compiles this file
 * against Beam Java 2.62.0 and serves it from the expansion service it starts).
 *
 * Beam's Java Pub/Sub read, with a watermark that follows the wall clock on a quiet wire.
 *
 * Beam's PubsubUnboundedSource splits into four readers per requested split, and Flink reports
 * the minimum of its readers' watermarks. A reader's watermark moves only once it has seen
 * about ten messages a minute, or a minute after the last message it received; a reader that
 * never received a message keeps the minimum watermark for good. So a burst of stories and then
 * silence (one pull takes the burst, the other readers get nothing) held every window open until
 * more traffic came. Here each reader is wrapped: once a reader has found nothing to read for
 * idleMillis, its watermark is at least now - idleMillis (Beam's own reader does the same after a
 * minute, but only once it has received something). A message whose event time is older than
 * that when it arrives is late data, which the pipeline writes in a later pane, never drops.
 *
 * It is in Beam's package to reach the package-private source it wraps; everything else
 * (pulling, acknowledging on checkpoints, checkpoint coder) is Beam's.
 */
package org.apache.beam.sdk.io.gcp.pubsub;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.io.Read;
import org.apache.beam.sdk.io.UnboundedSource;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.ValueProvider.StaticValueProvider;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.joda.time.Instant;

/**
 * Reads a subscription (or a topic, through a subscription of its own) as serialized {@code
 * google.pubsub.v1.PubsubMessage} protos with attributes and message id, like Beam's external
 * Pub/Sub read; an empty string stands for "not given".
 */
public class QuietWirePubsubRead extends PTransform<PBegin, PCollection<byte[]>> {
  private final @Nullable String subscription;
  private final @Nullable String topic;
  private final @Nullable String timestampAttribute;
  private final long idleMillis;

  public QuietWirePubsubRead(
      String subscription, String topic, String timestampAttribute, long idleMillis) {
    this.subscription = given(subscription);
    this.topic = given(topic);
    this.timestampAttribute = given(timestampAttribute);
    if ((this.subscription == null) == (this.topic == null)) {
      throw new IllegalArgumentException(
          "give exactly one of subscription or topic, got " + subscription + ", " + topic);
    }
    if (idleMillis < 1) {
      throw new IllegalArgumentException("idleMillis must be positive, got " + idleMillis);
    }
    this.idleMillis = idleMillis;
  }

  private static @Nullable String given(@Nullable String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  @Override
  public PCollection<byte[]> expand(PBegin input) {
    PubsubUnboundedSource read =
        new PubsubUnboundedSource(
            PubsubJsonClient.FACTORY, // PubsubIO's default client (honours --pubsubRootUrl)
            null, // the project comes from the pipeline options, as in PubsubIO
            topic == null ? null : StaticValueProvider.of(PubsubClient.topicPathFromPath(topic)),
            subscription == null
                ? null
                : StaticValueProvider.of(PubsubClient.subscriptionPathFromPath(subscription)),
            timestampAttribute,
            null,
            true,
            true);
    return input
        .apply(
            "ReadPubsubQuietWire",
            Read.from(new QuietWireSource(new PubsubUnboundedSource.PubsubSource(read), idleMillis)))
        .setCoder(ByteArrayCoder.of());
  }

  /** Beam's Pub/Sub source, its splits and readers wrapped. */
  static class QuietWireSource
      extends UnboundedSource<byte[], PubsubUnboundedSource.PubsubCheckpoint> {
    private final PubsubUnboundedSource.PubsubSource inner;
    private final long idleMillis;

    QuietWireSource(PubsubUnboundedSource.PubsubSource inner, long idleMillis) {
      this.inner = inner;
      this.idleMillis = idleMillis;
    }

    @Override
    public List<QuietWireSource> split(int desiredNumSplits, PipelineOptions options)
        throws Exception {
      List<QuietWireSource> splits = new ArrayList<>();
      for (PubsubUnboundedSource.PubsubSource split : inner.split(desiredNumSplits, options)) {
        splits.add(new QuietWireSource(split, idleMillis));
      }
      return splits;
    }

    @Override
    public UnboundedReader<byte[]> createReader(
        PipelineOptions options, PubsubUnboundedSource.@Nullable PubsubCheckpoint checkpoint) {
      return new QuietWireReader(this, inner.createReader(options, checkpoint), idleMillis);
    }

    @Override
    public @Nullable Coder<PubsubUnboundedSource.PubsubCheckpoint> getCheckpointMarkCoder() {
      return inner.getCheckpointMarkCoder();
    }

    @Override
    public Coder<byte[]> getOutputCoder() {
      return inner.getOutputCoder();
    }

    @Override
    public boolean requiresDeduping() {
      return inner.requiresDeduping();
    }
  }

  /** Beam's reader; its watermark at least now - idleMillis once it has been idle that long. */
  static class QuietWireReader extends UnboundedSource.UnboundedReader<byte[]> {
    private final QuietWireSource source;
    private final UnboundedSource.UnboundedReader<byte[]> inner;
    private final long idleMillis;
    /** Since when (ms) the reader has found nothing to read; -1 while it is reading. */
    private long idleSinceMillis = -1;

    QuietWireReader(
        QuietWireSource source, UnboundedSource.UnboundedReader<byte[]> inner, long idleMillis) {
      this.source = source;
      this.inner = inner;
      this.idleMillis = idleMillis;
    }

    private boolean noted(boolean available) {
      if (available) {
        idleSinceMillis = -1;
      } else if (idleSinceMillis < 0) {
        idleSinceMillis = System.currentTimeMillis();
      }
      return available;
    }

    @Override
    public boolean start() throws IOException {
      return noted(inner.start());
    }

    @Override
    public boolean advance() throws IOException {
      return noted(inner.advance());
    }

    @Override
    public Instant getWatermark() {
      Instant watermark = inner.getWatermark();
      long now = System.currentTimeMillis();
      if (idleSinceMillis >= 0 && now - idleSinceMillis >= idleMillis) {
        Instant floor = new Instant(now - idleMillis);
        if (floor.isAfter(watermark)) {
          return floor;
        }
      }
      return watermark;
    }

    @Override
    public byte[] getCurrent() throws NoSuchElementException {
      return inner.getCurrent();
    }

    @Override
    public Instant getCurrentTimestamp() throws NoSuchElementException {
      return inner.getCurrentTimestamp();
    }

    @Override
    public byte[] getCurrentRecordId() throws NoSuchElementException {
      return inner.getCurrentRecordId();
    }

    @Override
    public UnboundedSource.CheckpointMark getCheckpointMark() {
      return inner.getCheckpointMark();
    }

    @Override
    public long getSplitBacklogBytes() {
      return inner.getSplitBacklogBytes();
    }

    @Override
    public UnboundedSource<byte[], ?> getCurrentSource() {
      return source;
    }

    @Override
    public void close() throws IOException {
      inner.close();
    }
  }
}
