using k8s.Models;
using Xdt.Catalog.Changes;

namespace Xdt.Tests.Kubernetes;

/// <summary>
/// The Job that creates the change stream's topics. No Kafka runs here: its script runs against stand-ins for the
/// image's tools that answer like a cluster and record what they were asked.
/// </summary>
[Trait(Tier.Name, Tier.Integration)]
[Collection(KubernetesExportCollection.Name)]
public sealed class KafkaTopicJobTests(KubernetesExportFixture export)
{
    private const string Tools = "/opt/kafka/bin/";

    [Fact]
    public void Export_TopicJob_RunsTheBrokerImageAgainstTheClientService()
    {
        var job = export.Single<V1Job>("core", "Job", "kafka-topics");
        var container = job.Spec.Template.Spec.Containers.Single();

        Assert.Equal(export.Single<V1StatefulSet>("core", "StatefulSet", "kafka").Spec.Template.Spec.Containers[0].Image, container.Image);
        Assert.Equal("kafka.xdt-core.svc.cluster.local:9092", job.Spec.Template.Env("BOOTSTRAP_SERVERS"));
        Assert.Equal("OnFailure", job.Spec.Template.Spec.RestartPolicy);
        Assert.NotNull(job.Spec.ActiveDeadlineSeconds);
        Assert.Equal("60-jobs.yaml", export.In("core", "Job").Single().File);
    }

    [Fact]
    public async Task TopicScript_WaitsForThreeBrokersThenCreatesBothTopicsReplicatedAndCompacted()
    {
        var tools = Directory.CreateTempSubdirectory("xdt-kafka-tools-").FullName;
        try
        {
            WriteTools(tools);
            var (exitCode, output) = await RunJobScriptAsync(tools);
            Assert.True(exitCode == 0, output);
            var calls = await File.ReadAllLinesAsync(Path.Combine(tools, "calls.log"));

            // Two brokers answered the first time: the script asked again before creating anything.
            Assert.Equal(2, calls.TakeWhile(c => c.StartsWith("api-versions ", StringComparison.Ordinal)).Count());
            Assert.All(calls, c => Assert.Contains("--bootstrap-server kafka.xdt-core.svc.cluster.local:9092", c, StringComparison.Ordinal));

            var changes = Create(calls, ChangeTopics.ProductUpdates);
            Assert.Equal($"{ChangeTopics.DefaultPartitionCount}", changes.Options["--partitions"]);
            Assert.Equal("3", changes.Options["--replication-factor"]);
            Assert.True(changes.IfNotExists);
            Assert.Equal("compact", changes.Configs["cleanup.policy"]);
            Assert.Equal("2", changes.Configs["min.insync.replicas"]);
            Assert.DoesNotContain("retention.ms", changes.Configs.Keys);

            var deadLetters = Create(calls, ChangeTopics.DeadLetter);
            Assert.Equal("3", deadLetters.Options["--replication-factor"]);
            Assert.True(deadLetters.IfNotExists);
            Assert.Equal("2", deadLetters.Configs["min.insync.replicas"]);
            Assert.Equal("delete", deadLetters.Configs["cleanup.policy"]);
            Assert.Equal($"{(long)TimeSpan.FromDays(7).TotalMilliseconds}", deadLetters.Configs["retention.ms"]);

            // A topic the capture created first (cluster defaults, no compaction) is given the same settings.
            foreach (var topic in new[] { changes, deadLetters })
            {
                var alter = calls.Single(c => c.StartsWith("configs", StringComparison.Ordinal) && c.Contains($"--entity-name {topic.Name} ", StringComparison.Ordinal));
                var added = alter.Split(' ').SkipWhile(t => t != "--add-config").ElementAt(1).Split(',');
                Assert.Equal(topic.Configs.Select(c => $"{c.Key}={c.Value}").Order(), added.Order());
            }
        }
        finally
        {
            Directory.Delete(tools, recursive: true);
        }
    }

    private async Task<(int ExitCode, string Output)> RunJobScriptAsync(string tools)
    {
        var job = export.Single<V1Job>("core", "Job", "kafka-topics").Spec.Template;
        var command = job.Spec.Containers.Single().Command;
        Assert.Equal(["sh", "-c"], command.Take(2));
        Assert.Contains(Tools, command[2], StringComparison.Ordinal);

        var syntax = await ShellScript.RunAsync(command[2], new Dictionary<string, string>(), "-n");
        Assert.True(syntax.ExitCode == 0, syntax.Output);

        var script = command[2].Replace(Tools, tools + "/", StringComparison.Ordinal);
        return await ShellScript.RunAsync(script, new Dictionary<string, string> { ["BOOTSTRAP_SERVERS"] = job.Env("BOOTSTRAP_SERVERS")! });
    }

    /// <summary>Stand-ins for the image's tools: two brokers answer the first call, three every later one.</summary>
    private static void WriteTools(string directory)
    {
        const string Record = "dir=$(dirname \"$0\"); echo \"$NAME $*\" >> \"$dir/calls.log\"\n";
        Write(directory, "kafka-broker-api-versions.sh", "#!/bin/sh\nNAME=api-versions\n" + Record + """
            n=$(grep -c '^api-versions' "$dir/calls.log")
            for id in 0 1 2; do
              if [ "$id" -lt 2 ] || [ "$n" -gt 1 ]; then
                echo "kafka-$id.kafka-headless.xdt-core.svc.cluster.local:9092 (id: $id rack: null) -> ("
                echo "	Produce(0): 0 to 11 [usable: 11],"
                echo ")"
              fi
            done
            """);
        Write(directory, "kafka-topics.sh", "#!/bin/sh\nNAME=topics\n" + Record);
        Write(directory, "kafka-configs.sh", "#!/bin/sh\nNAME=configs\n" + Record);
    }

    private static void Write(string directory, string name, string script)
    {
        var path = Path.Combine(directory, name);
        File.WriteAllText(path, script + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static TopicCreation Create(IEnumerable<string> calls, string topic)
    {
        var tokens = calls.Single(c => c.StartsWith("topics", StringComparison.Ordinal) && c.Contains("--create", StringComparison.Ordinal)
            && c.Contains($"--topic {topic} ", StringComparison.Ordinal)).Split(' ');
        string After(int i) => tokens[i + 1];
        var options = Enumerable.Range(0, tokens.Length - 1).Where(i => tokens[i] is "--partitions" or "--replication-factor")
            .ToDictionary(i => tokens[i], After);
        var configs = Enumerable.Range(0, tokens.Length - 1).Where(i => tokens[i] == "--config")
            .Select(i => After(i).Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]);
        return new TopicCreation(topic, options, configs, tokens.Contains("--if-not-exists"));
    }
}
