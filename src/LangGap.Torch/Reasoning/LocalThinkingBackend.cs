using LangGap.Reasoning;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;

namespace LangGap.Torch.Reasoning;

/// <summary>Budget forcing on a model in this process (the embedded model, a Hugging Face folder): tokens are counted
/// with the model's own tokenizer, and concurrent requests decode together through one <see cref="ContinuousBatcher"/>.</summary>
/// <remarks>A continuation's token count is every id it generated, the tokens of the stop string that ended it
/// included. Stops are detected on the decoded text, so an end marker the tokenizer splits into several tokens (as the
/// byte-level embedded model does) is found too. Unlike vLLM's <c>min_tokens</c>, the first token of an extension is not
/// kept from completing the end marker: where the marker is one special token, an extension can end with no new text
/// (it still costs that token).</remarks>
public sealed class LocalThinkingBackend : IThinkingBackend, IDisposable
{
    private readonly PretrainedModel _model;
    private readonly ContinuousBatcher _batcher;
    private readonly bool _ownsModel;

    /// <summary>Continues prompts with <paramref name="model"/>, known as <paramref name="identity"/>.</summary>
    /// <param name="model">A loaded model with a tokenizer.</param>
    /// <param name="identity">The model's identity (a hash of its weights and tokenizer).</param>
    /// <param name="ownsModel">Dispose the model with this backend.</param>
    /// <param name="maxBatchSize">The most continuations decoded together.</param>
    public LocalThinkingBackend(PretrainedModel model, string identity, bool ownsModel = false, int maxBatchSize = 32)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(identity);
        model.RequireTokenizer();
        _model = model;
        _ownsModel = ownsModel;
        _batcher = new ContinuousBatcher(model, maxBatchSize);
        Identity = identity;
    }

    /// <inheritdoc />
    public string Identity { get; }

    /// <inheritdoc />
    public async Task<Continuation> ContinueAsync(ContinuationRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ids = _model.RequireTokenizer().Encode(request.Prompt);
        var sampling = new SamplingOptions
        {
            MaxNewTokens = request.MaxTokens,
            Greedy = request.Temperature == 0,
            Temperature = request.Temperature,
            Seed = request.Seed,
            StopStrings = request.Stop,
        };
        var result = await _batcher.GenerateAsync(ids, sampling, cancellationToken).ConfigureAwait(false);
        var end = result.FinishReason switch
        {
            FinishReason.Length => PhaseEnd.Length,
            FinishReason.EndOfSequence => PhaseEnd.EndOfSequence,
            _ => PhaseEnd.Stop,
        };
        return new Continuation(result.Text, result.Ids.Count, end);
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
}
