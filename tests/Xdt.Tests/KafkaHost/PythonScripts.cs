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
}
