using System.Globalization;
using LangGap.Models;
using LangGap.Models.ChatTemplates;
using Microsoft.Extensions.AI;

namespace LangGap.Reasoning;

/// <summary>An <see cref="IChatClient"/> that answers with budget forcing: it applies the chat template itself, thinks within
/// the budget the request names, and returns the answer, so the evaluation runner, run store and resume work unchanged.</summary>
/// <remarks>
/// <para>Per request, <see cref="ReasoningOptionKeys"/> entries of <c>ChatOptions.AdditionalProperties</c> set the budget,
/// extensions, ignore string and thinking prefix (defaults from the constructor); <c>MaxOutputTokens</c> caps the answer,
/// <c>Temperature</c> (none: greedy) and <c>Seed</c> drive sampling. Stop sequences of the request are not used: the
/// template and the thinking format decide where phases end.</para>
/// <para>The response text is the answer (preceded by the answer cue when the budget cut the thinking); the thinking, the
/// answer, the token counts and how each phase ended are in <see cref="ChatOptionKeys.GenerationMetadata"/>, which the
/// runner stores with the generation. Output token usage is thinking plus answer tokens.</para>
/// </remarks>
public sealed class BudgetForcingChatClient : IChatClient
{
    private readonly IThinkingBackend _backend;
    private readonly IChatTemplate _template;
    private readonly BudgetForcingOptions _defaults;
    private readonly IDisposable? _owned;

    /// <summary>Creates a client over <paramref name="backend"/>.</summary>
    /// <param name="backend">The model, continued as raw text.</param>
    /// <param name="template">The chat template LangGap applies.</param>
    /// <param name="format">The thinking markers.</param>
    /// <param name="defaults">Settings a request does not override.</param>
    /// <param name="owned">Disposed with this client (the backend's resources), or <see langword="null"/>.</param>
    public BudgetForcingChatClient(IThinkingBackend backend, IChatTemplate template, ThinkingFormat format, BudgetForcingOptions? defaults = null,
        IDisposable? owned = null)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(format);
        _backend = backend;
        _template = template;
        Format = format;
        _defaults = defaults ?? new BudgetForcingOptions();
        _owned = owned;
    }

    /// <summary>The thinking markers.</summary>
    public ThinkingFormat Format { get; }

    /// <summary>What this client is, for generation keys: the backend's identity, the template and the format.</summary>
    public string Identity => $"{_backend.Identity}|template:{_template.Name}|thinking:{Format.Describe()}";

    /// <summary>The options of one request: the defaults overridden by the request's entries.</summary>
    public BudgetForcingOptions OptionsFor(ChatOptions? options)
    {
        var extra = options?.AdditionalProperties;
        string? Get(string key) => extra?.TryGetValue(key, out var v) == true && v is not null ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;
        var forcing = _defaults.Forcing with
        {
            IgnoreString = Get(ReasoningOptionKeys.IgnoreString) ?? _defaults.Forcing.IgnoreString,
            ThinkingPrefix = Get(ReasoningOptionKeys.ThinkingPrefix) ?? _defaults.Forcing.ThinkingPrefix,
        };
        return _defaults with
        {
            Budget = Get(ReasoningOptionKeys.Budget) is { } b ? int.Parse(b, CultureInfo.InvariantCulture) : _defaults.Budget,
            Ignore = Get(ReasoningOptionKeys.Ignore) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : _defaults.Ignore,
            Forcing = forcing,
            AnswerMaxTokens = options?.MaxOutputTokens ?? _defaults.AnswerMaxTokens,
            Temperature = options?.Temperature ?? _defaults.Temperature,
            Seed = options?.Seed ?? _defaults.Seed,
        };
    }

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var settings = OptionsFor(options);
        var prompt = _template.Render(messages.ToArray());
        var trace = await BudgetForcer.RunAsync(_backend, Format, prompt, _template.StopSequences, settings, cancellationToken).ConfigureAwait(false);
        var text = ((trace.Truncated ? Format.AnswerCue.Trim() + " " : "") + trace.Answer.Trim()).Trim();
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, text))
        {
            FinishReason = trace.AnswerEnd == PhaseEnd.Length ? ChatFinishReason.Length : ChatFinishReason.Stop,
            Usage = new UsageDetails { OutputTokenCount = trace.ThinkingTokens + trace.AnswerTokens },
            AdditionalProperties = new() { [ChatOptionKeys.GenerationMetadata] = trace.ToMetadata(settings.Budget) },
        };
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken).ConfigureAwait(false);
        foreach (var update in response.ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType, object? serviceKey = null)
    {
        ArgumentNullException.ThrowIfNull(serviceType);
        return serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;
    }

    /// <inheritdoc />
    public void Dispose() => _owned?.Dispose();
}
