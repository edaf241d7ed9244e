using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Xdt.HttpContract;

namespace Xdt.Bench.Replication;

/// <summary>
/// Cuts one region off from Kafka while updates flow, heals it, and times how it comes back: by draining its backlog
/// from the log, or — when retention dropped part of it — by rebuilding its replica from a snapshot of the primary and
/// then following the log. Reported from the heal (includes rejoining the consumer group) and from the first applied
/// event (or the end of the rebuild). A status poll that fails or times out is counted and asked again.
/// </summary>
public sealed class CatchUpMeter(HttpClient replicatorControl, string primaryConnectionString)
{
    public sealed record Result(long Events, TimeSpan FromHeal, TimeSpan FromFirstApply, long PositionsLost, long Rebuilds, int UnansweredPolls)
    {
        public double EventsPerSecond => Events / Math.Max(FromFirstApply.TotalSeconds, 0.001);

        public string How => Rebuilds > 0 ? "rebuilt from a snapshot of the primary, then followed the log" : "caught up from the log";
    }

    public async Task CutAsync() =>
        (await replicatorControl.PostAsync(XdtPaths.KafkaLink, null)).EnsureSuccessStatusCode();

    public async Task<Result> HealAndMeasureAsync(TimeSpan timeout)
    {
        var target = await PrimaryLsnAsync();
        var before = await StatusAsync();
        var clock = Stopwatch.StartNew();
        (await replicatorControl.DeleteAsync(XdtPaths.KafkaLink)).EnsureSuccessStatusCode();

        TimeSpan? firstApply = null;
        var unanswered = 0;
        while (clock.Elapsed < timeout)
        {
            Status status;
            try
            {
                status = await StatusAsync();
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or JsonException)
            {
                unanswered++;
                continue;
            }

            if (firstApply is null && (status.EventsApplied > before.EventsApplied || status.Rebuilds > before.Rebuilds))
            {
                firstApply = clock.Elapsed;
            }

            if (status.Connected && !status.Rebuilding && status.AppliedLsn >= target)
            {
                var elapsed = clock.Elapsed;
                return new Result(status.EventsApplied - before.EventsApplied, elapsed, elapsed - (firstApply ?? TimeSpan.Zero),
                    status.PositionsLost - before.PositionsLost, status.Rebuilds - before.Rebuilds, unanswered);
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The region did not catch up within {timeout}.");
    }

    private sealed record Status(bool Connected, ulong AppliedLsn, long EventsApplied, long PositionsLost, long Rebuilds, bool Rebuilding);

    private async Task<Status> StatusAsync()
    {
        var json = await replicatorControl.GetFromJsonAsync<JsonElement>(XdtPaths.Replication);
        return new Status(json.GetProperty("connected").GetBoolean(),
            (ulong)NpgsqlLogSequenceNumber.Parse(json.GetProperty("appliedLsn").GetString()!),
            json.GetProperty("eventsApplied").GetInt64(),
            json.GetProperty("positionsLost").GetInt64(),
            json.GetProperty("rebuilds").GetInt64(),
            json.GetProperty("rebuilding").ValueKind == JsonValueKind.Object);
    }

    private async Task<ulong> PrimaryLsnAsync()
    {
        await using var connection = new NpgsqlConnection(primaryConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select pg_current_wal_lsn()", connection);
        return (ulong)(NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync())!;
    }
}
