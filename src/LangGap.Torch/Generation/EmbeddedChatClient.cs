using System.Runtime.CompilerServices;
using LangGap.Models.ChatTemplates;
using LangGap.Torch.Checkpoints;
using Microsoft.Extensions.AI;

namespace LangGap.Torch.Generation;

/// <summary>An <see cref="IChatClient"/> that runs a model in process with TorchSharp: the embedded model or any loaded
/// Hugging Face checkpoint.</summary>
/// <remarks>Without a temperature in <see cref="ChatOptions"/> decoding is greedy, so answers are reproducible.
/// Concurrent requests decode together through a <see cref="ContinuousBatcher"/>, each with the answer it would get
/// alone; send requests concurrently (the evaluation runner does) to use it. Streaming yields the finished answer as
/// one update.</remarks>
public sealed class EmbeddedChatClient : IChatClient
{
    private readonly PretrainedModel _model;
    private readonly bool _ownsModel;
    private readonly IChatTemplate _template;
    private readonly ContinuousBatcher _batcher;
    private readonly ChatClientMetadata _metadata;

    /// <summary>Chats with <paramref name="model"/> using <paramref name="template"/> (chosen from the model when null).</summary>
    /// <param name="model">A loaded model with a tokenizer.</param>
    /// <param name="template">The chat format; see <see cref="ChatTemplateSelector"/>.</param>
    /// <param name="ownsModel">Dispose <paramref name="model"/> with this client.</param>
    /// <param name="maxBatchSize">The most requests decoded together; more wait for a free slot.</param>
    public EmbeddedChatClient(PretrainedModel model, IChatTemplate? template = null, bool ownsModel = false, int maxBatchSize = 32)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.RequireTokenizer();
        _model = model;
        _ownsModel = ownsModel;
        _template = template ?? ChatTemplateSelector.For(model);
        _batcher = new ContinuousBatcher(model, maxBatchSize);
        _metadata = new ChatClientMetadata("langgap-torch", null, model.Name);
    }

    /// <summary>The chat format in use.</summary>
    public IChatTemplate Template => _template;

    /// <inheritdoc />
    public async Task<ChatResponse> GetResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var prompt = _template.Render(messages.ToArray());
        var promptIds = _model.RequireTokenizer().Encode(prompt);
        var sampling = ToSampling(options);
        var result = await _batcher.GenerateAsync(promptIds, sampling, cancellationToken).ConfigureAwait(false);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, result.Text.Trim()))
        {
            ModelId = _model.Name,
            FinishReason = result.FinishReason == FinishReason.Length ? ChatFinishReason.Length : ChatFinishReason.Stop,
            Usage = new UsageDetails
            {
                InputTokenCount = promptIds.Length,
                OutputTokenCount = result.Ids.Count,
                TotalTokenCount = promptIds.Length + result.Ids.Count,
            },
        };
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
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
        return serviceKey is not null ? null
            : serviceType == typeof(ChatClientMetadata) ? _metadata
            : serviceType.IsInstanceOfType(this) ? this
            : serviceType.IsInstanceOfType(_model) ? _model
            : null;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _batcher.Dispose();
        if (_ownsModel)
        {
            _model.Dispose();
        }
    }

    private SamplingOptions ToSampling(ChatOptions? options)
    {
        var stops = _template.StopSequences.Concat(options?.StopSequences ?? []).Distinct(StringComparer.Ordinal).ToArray();
        var temperature = options?.Temperature;
        return new SamplingOptions
        {
            MaxNewTokens = options?.MaxOutputTokens ?? 256,
            Greedy = temperature is null or 0,
            Temperature = temperature ?? 0,
            TopP = options?.TopP,
            TopK = options?.TopK,
            Seed = options?.Seed ?? 0,
            StopStrings = stops,
        };
    }
}
