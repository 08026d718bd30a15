namespace LangGap.Models;

/// <summary>How <see cref="RetryingChatClient"/> retries transient failures and bounds each attempt.</summary>
/// <remarks>
/// Transient: HTTP 408, 429 and 5xx, an attempt that exceeds <see cref="AttemptTimeout"/>, a refused or dropped
/// connection and a malformed response body. Delays grow exponentially from <see cref="BaseDelay"/> with
/// decorrelated jitter drawn from a generator seeded with <see cref="Seed"/>, capped by <see cref="MaxDelay"/>;
/// a server's <c>Retry-After</c> replaces the computed delay, capped by <see cref="MaxRetryAfter"/>.
/// </remarks>
public sealed record RetryOptions
{
    /// <summary>Retries after the first attempt (default 5; 0 disables retries).</summary>
    public int MaxRetries { get; init; } = 5;

    /// <summary>The delay before the first retry, before jitter (default 1 s).</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest computed delay between attempts (default 30 s).</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait a server's <c>Retry-After</c> may impose (default 60 s).</summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The time one attempt may take before it is abandoned and retried (default 120 s).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>The seed of the jitter generator (default 0), so a rerun waits the same way.</summary>
    public int Seed { get; init; }

    /// <summary>Returns every problem with these options, or an empty list when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (MaxRetries < 0) problems.Add($"MaxRetries must be 0 or more; found {MaxRetries}.");
        if (BaseDelay < TimeSpan.Zero) problems.Add($"BaseDelay must not be negative; found {BaseDelay}.");
        if (MaxDelay < BaseDelay) problems.Add($"MaxDelay must be at least BaseDelay ({BaseDelay}); found {MaxDelay}.");
        if (MaxRetryAfter < TimeSpan.Zero) problems.Add($"MaxRetryAfter must not be negative; found {MaxRetryAfter}.");
        if (AttemptTimeout <= TimeSpan.Zero) problems.Add($"AttemptTimeout must be positive; found {AttemptTimeout}.");
        return problems;
    }
}
