using System.Net.Sockets;
using Microsoft.Extensions.AI;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace LangGap.Models;

/// <summary>Retries transient failures with exponential backoff and jitter, and bounds each attempt with a timeout.</summary>
/// <remarks>
/// Built on a Polly.Core pipeline (retry around a per-attempt timeout) driven by an injected <see cref="TimeProvider"/>
/// and a seeded jitter generator. A successful response carries the attempt count under
/// <see cref="ChatOptionKeys.Attempts"/>; a call that fails for good throws <see cref="ModelCallException"/> with
/// the last reason and the attempt count. Cancellation by the caller is passed through, never retried.
/// </remarks>
public sealed class RetryingChatClient : DelegatingChatClient
{
    private readonly ResiliencePipeline _pipeline;
    private readonly RetryOptions _options;

    /// <summary>Wraps <paramref name="innerClient"/> with the retry policy in <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">The options are invalid; every problem is listed.</exception>
    public RetryingChatClient(IChatClient innerClient, RetryOptions? options = null, TimeProvider? timeProvider = null)
        : base(innerClient)
    {
        _options = options ?? new RetryOptions();
        var problems = _options.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid retry options: " + string.Join(" ", problems), nameof(options));
        }
        _pipeline = BuildPipeline(_options, timeProvider);
    }

    /// <inheritdoc />
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var list = messages as IReadOnlyList<ChatMessage> ?? [.. messages];
        var attempts = 0;
        try
        {
            var response = await _pipeline.ExecuteAsync(
                async token =>
                {
                    Interlocked.Increment(ref attempts);
                    return await InnerClient.GetResponseAsync(list, options, token).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
            (response.AdditionalProperties ??= [])[ChatOptionKeys.Attempts] = attempts;
            return response;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ModelCallException($"Gave up after {attempts} attempt{(attempts == 1 ? "" : "s")}: {Describe(e)}", attempts, e);
        }
    }

    /// <summary>The retry-around-timeout pipeline for <paramref name="options"/>, shared with the raw completions client.</summary>
    internal static ResiliencePipeline BuildPipeline(RetryOptions options, TimeProvider? timeProvider)
    {
        var random = new Random(options.Seed);
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider ?? TimeProvider.System };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Randomizer = () => { lock (random) { return random.NextDouble(); } },
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && IsTransient(e, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is ModelHttpException { RetryAfter: { } wait }
                        ? (TimeSpan?)(wait < options.MaxRetryAfter ? wait : options.MaxRetryAfter)
                        : null),
            });
        }
        builder.AddTimeout(options.AttemptTimeout);
        return builder.Build();
    }

    internal static bool IsTransient(Exception e, CancellationToken cancellationToken) => e switch
    {
        ModelHttpException http => http.IsTransient,
        ModelResponseException or TimeoutRejectedException or HttpRequestException or IOException or SocketException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private string Describe(Exception e) => Describe(e, _options);

    internal static string Describe(Exception e, RetryOptions options) => e switch
    {
        TimeoutRejectedException => $"the request took longer than the {options.AttemptTimeout.TotalSeconds:0.###} s timeout.",
        HttpRequestException { InnerException: { } inner } http when !http.Message.Contains(inner.Message, StringComparison.Ordinal) => $"{http.Message} ({inner.Message})",
        _ => e.Message,
    };
}
