using System.Runtime.CompilerServices;
using LangGap.Models.ChatTemplates;
using LangGap.Torch.Checkpoints;
using Microsoft.Extensions.AI;

namespace LangGap.Torch.Generation;

/// <summary>An <see cref="IChatClient"/> that runs a model in process with TorchSharp: the embedded model or any loaded
/// Hugging Face checkpoint.</summary>
/// <remarks>Without a temperature in <see cref="ChatOptions"/> decoding is greedy, so answers are reproducible.
/// Requests run one at a time (the CPU is the limit). Streaming yields the finished answer as one update.</remarks>
public sealed class EmbeddedChatClient : IChatClient
{
    private readonly PretrainedModel _model;
    private readonly bool _ownsModel;
    private readonly IChatTemplate _template;
    private readonly TextGenerator _generator;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ChatClientMetadata _metadata;

    /// <summary>Chats with <paramref name="model"/> using <paramref name="template"/> (chosen from the model when null).</summary>
    /// <param name="model">A loaded model with a tokenizer.</param>
    /// <param name="template">The chat format; see <see cref="ChatTemplateSelector"/>.</param>
    /// <param name="ownsModel">Dispose <paramref name="model"/> with this client.</param>
    public EmbeddedChatClient(PretrainedModel model, IChatTemplate? template = null, bool ownsModel = false)
    {
        ArgumentNullException.ThrowIfNull(model);
        model.RequireTokenizer();
        _model = model;
        _ownsModel = ownsModel;
        _template = template ?? ChatTemplateSelector.For(model);
        _generator = new TextGenerator(model);
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
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        GenerationResult result;
        try
        {
            result = await Task.Run(() => _generator.Generate(promptIds, sampling, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
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
        _gate.Dispose();
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
