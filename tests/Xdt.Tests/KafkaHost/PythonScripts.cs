namespace Xdt.Tests.KafkaHost;

/// <summary>kafka-python (Debian python3-kafka 2.0.2 with python3-lz4) programs the conformance tests run.</summary>
public static class PythonScripts
{
    public const string ReadAll = """
        import sys
        from kafka import KafkaConsumer, TopicPartition
        bootstrap, topic, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
        consumer = KafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False, consumer_timeout_ms=20000)
        consumer.assign([TopicPartition(topic, 0)])
        consumer.seek_to_beginning()
        seen = 0
        for message in consumer:
            print(message.value.decode())
            seen += 1
            if seen == count:
                break
        consumer.close()
        """;

    public const string ProduceThenConsumeInGroup = """
        import sys
        from kafka import KafkaProducer, KafkaConsumer
        bootstrap, topic, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
        producer = KafkaProducer(bootstrap_servers=bootstrap, acks='all', compression_type='lz4')
        futures = [producer.send(topic, key=b'k%d' % i, value=b'v%d' % i) for i in range(count)]
        producer.flush()
        print('produced', len([f.get(timeout=30) for f in futures]))
        consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id='py-' + topic, auto_offset_reset='earliest',
                                 enable_auto_commit=False, consumer_timeout_ms=10000)
        values = []
        for message in consumer:
            values.append(message.value)
            if len(values) == count:
                break
        consumer.commit()
        consumer.close()
        print('consumed', len(values), 'distinct', len(set(values)))
        """;

    public const string ConsumeGroupAgain = """
        import sys
        from kafka import KafkaConsumer, TopicPartition
        bootstrap, topic = sys.argv[1], sys.argv[2]
        consumer = KafkaConsumer(topic, bootstrap_servers=bootstrap, group_id='py-' + topic, auto_offset_reset='earliest',
                                 enable_auto_commit=False, consumer_timeout_ms=4000)
        left = sum(1 for _ in consumer)
        committed = sum(consumer.committed(TopicPartition(topic, p)) or 0 for p in (0, 1))
        consumer.close()
        print('committed', committed, 'consumed', left)
        """;

    /// <summary>
    /// One member of a group, running until SIGTERM (then it leaves the group). Prints <c>assigned p,q</c> after each
    /// assignment, and <c>v partition offset value</c> only once that record's offset commit succeeded; a record whose
    /// commit failed is not counted and its partition is sought back to it, so whoever owns the partition next reads it.
    /// </summary>
    public const string GroupMember = """
        import signal, sys
        from kafka import KafkaConsumer, ConsumerRebalanceListener, OffsetAndMetadata, TopicPartition
        bootstrap, topic, group = sys.argv[1], sys.argv[2], sys.argv[3]
        stopping = []
        signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
        class Listener(ConsumerRebalanceListener):
            def on_partitions_revoked(self, revoked):
                print('revoked', ','.join(str(p.partition) for p in sorted(revoked)), flush=True)
            def on_partitions_assigned(self, assigned):
                print('assigned', ','.join(str(p.partition) for p in sorted(assigned)), flush=True)
        consumer = KafkaConsumer(bootstrap_servers=bootstrap, group_id=group, auto_offset_reset='earliest',
                                 enable_auto_commit=False, session_timeout_ms=6000, heartbeat_interval_ms=500,
                                 fetch_max_wait_ms=10)
        consumer.subscribe([topic], listener=Listener())
        while not stopping:
            for tp, records in consumer.poll(timeout_ms=100).items():
                for r in records:
                    try:
                        consumer.commit({tp: OffsetAndMetadata(r.offset + 1, None)})
                    except Exception as e:
                        print('commit failed', type(e).__name__, flush=True)
                        try:
                            consumer.seek(tp, r.offset)
                        except Exception:
                            pass
                        break
                    print('v', r.partition, r.offset, r.value.decode(), flush=True)
        consumer.close()
        print('left', flush=True)
        """;
}
