using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Xdt.ServiceDefaults.Resilience;

/// <summary>
/// The one retry policy of every Xdt service: exponential backoff with jitter from
/// <see cref="DependencyRetryOptions.FirstDelay"/> up to <see cref="DependencyRetryOptions.MaxDelay"/>, every failed
/// attempt logged and reported to <see cref="DependencyHealth"/> (so the service is unhealthy meanwhile), the dependency
/// marked healthy again by the first success. Anything thrown is retried except the caller's own cancellation and the
/// exceptions the caller calls permanent (a row the database refuses is not an outage).
/// </summary>
public sealed class DependencyRetry(
    IOptions<DependencyRetryOptions> options, TimeProvider time, DependencyHealth health, ILogger<DependencyRetry> logger)
{
    /// <summary>For background loops: retries until the work succeeds or the token is cancelled.</summary>
    public ResiliencePipeline Forever(string dependency, Func<Exception, bool>? isPermanent = null) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(Retry(dependency, isPermanent))
            .Build();

    /// <summary>
    /// For work with a deadline (start-up that must finish before the service serves): as <see cref="Forever"/>, but
    /// gives up with <see cref="Polly.Timeout.TimeoutRejectedException"/> once <paramref name="deadline"/> (by default
    /// <see cref="DependencyRetryOptions.StartupDeadline"/>) has passed since the first attempt.
    /// </summary>
    public ResiliencePipeline Bounded(string dependency, TimeSpan? deadline = null, Func<Exception, bool>? isPermanent = null) =>
        new ResiliencePipelineBuilder { TimeProvider = time }
            .AddTimeout(deadline ?? options.Value.StartupDeadline)
            .AddRetry(Retry(dependency, isPermanent))
            .Build();

    private RetryStrategyOptions Retry(string dependency, Func<Exception, bool>? isPermanent)
    {
        var settings = options.Value;
        return new RetryStrategyOptions
        {
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = settings.FirstDelay,
            MaxDelay = settings.MaxDelay,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(dependency, args.Outcome.Exception, args.Context.CancellationToken, isPermanent)),
            OnRetry = args =>
            {
                var reason = args.Outcome.Exception?.GetBaseException().Message ?? "failed";
                health.Fail(dependency, reason);
                logger.Retrying(args.Outcome.Exception, dependency, args.AttemptNumber + 1, args.RetryDelay, reason);
                return default;
            },
        };
    }

    private bool ShouldRetry(string dependency, Exception? exception, CancellationToken cancellation, Func<Exception, bool>? isPermanent)
    {
        if (exception is null)
        {
            if (!health.IsHealthy && health.Failing.ContainsKey(dependency))
            {
                health.Recover(dependency);
                logger.Recovered(dependency);
            }

            return false;
        }

        // The caller's own cancellation ends the work; a timeout inside the work (the token not cancelled) is an outage.
        if (exception is OperationCanceledException && cancellation.IsCancellationRequested)
        {
            return false;
        }

        return isPermanent is null || !isPermanent(exception);
    }
}
