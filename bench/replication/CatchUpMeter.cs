using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace Xdt.Bench.Replication;

/// <summary>
/// Cuts one region off from Kafka while updates flow, heals it, and times how fast it drains its backlog.
/// Reported twice: from the heal (includes rejoining the consumer group) and from the first applied event.
/// </summary>
public sealed class CatchUpMeter(HttpClient replicatorControl, string primaryConnectionString)
{
    public sealed record Result(long Events, TimeSpan FromHeal, TimeSpan FromFirstApply, long PositionsLost)
    {
        public double EventsPerSecond => Events / FromFirstApply.TotalSeconds;
    }

    public async Task CutAsync() =>
        (await replicatorControl.PostAsync("/_xdt/control/partition", null)).EnsureSuccessStatusCode();

    public async Task<Result> HealAndMeasureAsync(TimeSpan timeout)
    {
        var target = await PrimaryLsnAsync();
        var before = await StatusAsync();
        var clock = Stopwatch.StartNew();
        (await replicatorControl.DeleteAsync("/_xdt/control/partition")).EnsureSuccessStatusCode();

        TimeSpan? firstApply = null;
        while (clock.Elapsed < timeout)
        {
            var status = await StatusAsync();
            if (firstApply is null && status.EventsApplied > before.EventsApplied)
            {
                firstApply = clock.Elapsed;
            }

            if (status.Connected && status.AppliedLsn >= target)
            {
                var elapsed = clock.Elapsed;
                return new Result(status.EventsApplied - before.EventsApplied, elapsed, elapsed - (firstApply ?? TimeSpan.Zero),
                    status.PositionsLost - before.PositionsLost);
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"The region did not catch up within {timeout}.");
    }

    private async Task<(bool Connected, ulong AppliedLsn, long EventsApplied, long PositionsLost)> StatusAsync()
    {
        var json = await replicatorControl.GetFromJsonAsync<JsonElement>("/_xdt/replication");
        return (json.GetProperty("connected").GetBoolean(),
            (ulong)NpgsqlLogSequenceNumber.Parse(json.GetProperty("appliedLsn").GetString()!),
            json.GetProperty("eventsApplied").GetInt64(),
            json.GetProperty("positionsLost").GetInt64());
    }

    private async Task<ulong> PrimaryLsnAsync()
    {
        await using var connection = new NpgsqlConnection(primaryConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select pg_current_wal_lsn()", connection);
        return (ulong)(NpgsqlLogSequenceNumber)(await command.ExecuteScalarAsync())!;
    }
}
