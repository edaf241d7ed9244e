using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Timeout;
using Xdt.ServiceDefaults.Resilience;

namespace Xdt.Tests.ServiceDefaults;

/// <summary>The shared retry policy's decisions, on a fake clock: what is retried, how long it waits, when it gives up.</summary>
[Trait(Tier.Name, Tier.Unit)]
public sealed class DependencyRetryTests
{
    private const string Dependency = "replica";
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(10);

    private readonly TimerCountingTimeProvider _time = new(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero));
    private readonly DependencyHealth _health = new();
    private readonly DependencyRetry _retry;

    public DependencyRetryTests() => _retry = new DependencyRetry(
        Options.Create(new DependencyRetryOptions { FirstDelay = FirstDelay, MaxDelay = MaxDelay, StartupDeadline = TimeSpan.FromSeconds(3) }),
        _time, _health, NullLogger<DependencyRetry>.Instance);

    [Fact]
    public async Task Forever_AnyErrorThenSuccess_RetriedUntilItWorksAndUnhealthyOnlyMeanwhile()
    {
        var attempts = 0;
        var healthWhileFailing = new List<bool>();
        var work = _retry.Forever(Dependency).ExecuteAsync(_ =>
        {
            attempts++;
            healthWhileFailing.Add(_health.IsHealthy);
            return attempts <= 5 ? throw new InvalidOperationException($"down {attempts}") : ValueTask.FromResult(42);
        }, CancellationToken.None).AsTask();

        Assert.Equal(42, await DriveAsync(work));
        Assert.Equal(6, attempts);
        Assert.Equal([true, false, false, false, false, false], healthWhileFailing);
        Assert.True(_health.IsHealthy);
    }

    [Fact]
    public async Task Forever_DependencyStaysDown_WaitsGrowToTheCapAndNeverBeyond()
    {
        var attemptTimes = new List<DateTimeOffset>();
        using var stop = new CancellationTokenSource();
        var work = _retry.Forever(Dependency).ExecuteAsync(_ =>
        {
            attemptTimes.Add(_time.GetUtcNow());
            if (attemptTimes.Count == 30)
            {
                stop.Cancel();
            }

            throw new TimeoutException("no answer");
        }, stop.Token).AsTask();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DriveAsync(work));
        var gaps = attemptTimes.Zip(attemptTimes.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.InRange(gap, Step, MaxDelay + Step));
        Assert.True(gaps[^1] >= MaxDelay / 2, $"after 29 failures the wait is still {gaps[^1]}");
        Assert.True(gaps[0] < MaxDelay / 2, $"the first wait is already {gaps[0]}");
    }

    [Fact]
    public async Task Forever_CallerCancelsDuringTheWait_StopsWithoutAnotherAttempt()
    {
        var attempts = 0;
        using var stop = new CancellationTokenSource();
        var work = _retry.Forever(Dependency).ExecuteAsync(_ =>
        {
            attempts++;
            throw new IOException("connection refused");
        }, stop.Token).AsTask();

        Assert.Equal(1, attempts); // waiting before the second
        await stop.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => DriveAsync(work));
        Assert.Equal(1, attempts);
    }

    [Fact]
    public async Task Forever_TimeoutInsideTheWork_IsAnOutageAndRetried()
    {
        var attempts = 0;
        var work = _retry.Forever(Dependency).ExecuteAsync(_ =>
        {
            attempts++;
            return attempts == 1 ? throw new TaskCanceledException("request timed out") : ValueTask.FromResult("ok");
        }, CancellationToken.None).AsTask();

        Assert.Equal("ok", await DriveAsync(work));
        Assert.Equal(2, attempts);
    }

    [Fact]
    public async Task Forever_ErrorTheCallerCallsPermanent_ThrownAtOnceAndStillHealthy()
    {
        var attempts = 0;
        var work = _retry.Forever(Dependency, isPermanent: e => e is ArgumentException).ExecuteAsync(_ =>
        {
            attempts++;
            throw new ArgumentException("row refused");
        }, CancellationToken.None).AsTask();

        await Assert.ThrowsAsync<ArgumentException>(() => DriveAsync(work));
        Assert.Equal(1, attempts);
        Assert.True(_health.IsHealthy);
    }

    [Fact]
    public async Task Bounded_DependencyNeverAnswers_KeepsTryingUntilTheDeadlineThenGivesUp()
    {
        var deadline = _time.GetUtcNow() + TimeSpan.FromSeconds(3);
        var attemptTimes = new List<DateTimeOffset>();
        var work = _retry.Bounded(Dependency).ExecuteAsync(token =>
        {
            attemptTimes.Add(_time.GetUtcNow());
            token.ThrowIfCancellationRequested();
            throw new IOException("connection refused");
        }, CancellationToken.None).AsTask();

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => DriveAsync(work));
        // The clock the driver moves may run past the deadline before the give-up is seen: judge by the attempts.
        Assert.All(attemptTimes, t => Assert.True(t <= deadline, $"an attempt at {t:O}, after the deadline {deadline:O}"));
        Assert.True(attemptTimes[^1] >= deadline - MaxDelay - Step, $"the last attempt was at {attemptTimes[^1]:O}, long before the deadline");
        Assert.True(attemptTimes.Count > 2, $"only {attemptTimes.Count} attempts in 3 s");
    }

    [Fact]
    public async Task HealthCheck_WhileADependencyFails_UnhealthyNamingItAndWhy()
    {
        var check = new DependencyHealthCheck(_health);
        _health.Fail("kafka", "1/1 brokers are down");

        var failing = await check.CheckHealthAsync(new HealthCheckContext());
        _health.Recover("kafka");
        var recovered = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, failing.Status);
        Assert.Contains("kafka: 1/1 brokers are down", failing.Description, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Healthy, recovered.Status);
    }

    private async Task<T> DriveAsync<T>(Task<T> work)
    {
        await DriveAsync((Task)work);
        return await work;
    }

    /// <summary>
    /// Moves the fake clock in small steps until the work is done (bounded: a policy that never ends fails the test).
    /// Once a timer has fired, the clock stands still until the policy has acted on it — finished, or created its next
    /// wait — however long a busy machine keeps its continuation from running: otherwise the clock would run on while
    /// the policy is between its wait and its next attempt, and the gaps the tests measure would be the machine's.
    /// </summary>
    private async Task DriveAsync(Task work)
    {
        for (var steps = 0; !work.IsCompleted && steps < 100_000; steps++)
        {
            var (created, fired) = (_time.Created, _time.Fired);
            _time.Advance(Step);
            await Task.Yield();
            if (_time.Fired > fired)
            {
                await Eventually.HoldsAsync(
                    () => Task.FromResult(work.IsCompleted || _time.Created > created), done => done, TimeSpan.FromSeconds(30),
                    "the retry policy to finish or wait again after its timer fired");
            }
        }

        Assert.True(work.IsCompleted, "the retry policy was still running after 1,000 fake seconds");
        await work;
    }
}
