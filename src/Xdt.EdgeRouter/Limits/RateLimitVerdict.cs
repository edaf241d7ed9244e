namespace Xdt.EdgeRouter.Limits;

/// <summary>Whether a request may pass; when not, which limiter shed it and when to come back.</summary>
public readonly record struct RateLimitVerdict(bool Allowed, string? Limiter, TimeSpan RetryAfter)
{
    public const string Client = "client";
    public const string Region = "region";

    public static RateLimitVerdict Allow { get; } = new(true, null, TimeSpan.Zero);
}
