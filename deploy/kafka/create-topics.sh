#!/bin/sh
# Creates the service's topics before any worker or producer uses them: the compose service
# `topics` runs it once, in the broker's image. The same names, partitions, replication and
# topic configs as service/topics.py (tests/deploy/test_topics.py runs this script against a
# real broker and compares). Topics that exist already are left as they are.
#
# Environment, with the service's defaults (service/settings.py):
#   KAFKA_BOOTSTRAP_SERVERS  kafka:9092
#   KAFKA_TOPICS             the kafka-topics command (default /opt/kafka/bin/kafka-topics.sh)
#   TOPIC_RAW, TOPIC_ENRICHED, TOPIC_ENTITIES, TOPIC_QUOTES, TOPIC_DATES, TOPIC_REJECTED
#   TOPIC_PARTITIONS (6), TOPIC_REPLICATION_FACTOR (1), REJECTED_RETENTION_MS (30 days),
#   MAX_MESSAGE_BYTES (2000000)
set -eu

bootstrap=${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}
kafka_topics=${KAFKA_TOPICS:-/opt/kafka/bin/kafka-topics.sh}
partitions=${TOPIC_PARTITIONS:-6}
replication=${TOPIC_REPLICATION_FACTOR:-1}
rejected_retention_ms=${REJECTED_RETENTION_MS:-2592000000}
max_message_bytes=${MAX_MESSAGE_BYTES:-2000000}
# The largest event is a rejection carrying a payload of MAX_MESSAGE_BYTES in base64 (4/3).
largest_event_bytes=$((max_message_bytes * 4 / 3 + 64000))

create() { # topic [--config key=value]...
  topic=$1
  shift
  "$kafka_topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$topic" \
    --partitions "$partitions" --replication-factor "$replication" "$@"
  echo "topic $topic: $partitions partitions, replication $replication $*"
}

# The input keeps the broker's size limit: a message over MAX_MESSAGE_BYTES must still reach a
# worker, to be rejected with a record rather than refused unseen.
create "${TOPIC_RAW:-articles.raw}"
for topic in "${TOPIC_ENRICHED:-articles.enriched}" "${TOPIC_ENTITIES:-articles.entities}" \
  "${TOPIC_QUOTES:-articles.quotes}" "${TOPIC_DATES:-articles.dates}"; do
  create "$topic" --config "max.message.bytes=$largest_event_bytes"
done
create "${TOPIC_REJECTED:-articles.rejected}" --config "max.message.bytes=$largest_event_bytes" \
  --config "retention.ms=$rejected_retention_ms"
