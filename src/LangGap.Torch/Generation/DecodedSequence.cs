using LangGap.Torch.Checkpoints;

namespace LangGap.Torch.Generation;

/// <summary>The tokens one prompt has produced so far and whether it has stopped: the rules every decoding loop shares,
/// so one-at-a-time, padded-batch and continuously batched decoding end a sequence at the same token.</summary>
internal sealed class DecodedSequence
{
    private readonly HfTokenizer? _tokenizer;
    private readonly IReadOnlySet<int> _eos;
    private readonly SamplingOptions _options;
    private readonly List<int> _ids = [];

    public DecodedSequence(HfTokenizer? tokenizer, IReadOnlySet<int> eos, SamplingOptions options)
    {
        _tokenizer = tokenizer;
        _eos = eos;
        _options = options;
    }

    /// <summary>Generated ids so far (an end-of-sequence id that stopped decoding included).</summary>
    public IReadOnlyList<int> Ids => _ids;

    /// <summary>Why decoding stopped, or null while it goes on.</summary>
    public FinishReason? Reason { get; private set; }

    /// <summary>True when no further token is wanted: stopped, or the token budget is spent.</summary>
    public bool IsDone => Reason is not null || _ids.Count >= _options.MaxNewTokens;

    /// <summary>Appends <paramref name="token"/> unless the sequence already stopped, and checks the stop conditions.</summary>
    public void Add(int token)
    {
        if (Reason is not null)
        {
            return;
        }
        _ids.Add(token);
        if (_eos.Contains(token))
        {
            Reason = FinishReason.EndOfSequence;
        }
        else if (_options.StopStrings.Count > 0 && _tokenizer is not null)
        {
            var text = _tokenizer.Decode(_ids);
            if (_options.StopStrings.Any(s => text.Contains(s, StringComparison.Ordinal)))
            {
                Reason = FinishReason.StopString;
            }
        }
    }

    /// <summary>The result: ids, the text cut before any stop string and without the end-of-sequence token, the reason.</summary>
    public GenerationResult Finish()
    {
        var reason = Reason ?? FinishReason.Length;
        var textIds = reason == FinishReason.EndOfSequence ? _ids.Take(_ids.Count - 1).ToArray() : _ids.ToArray();
        var text = _tokenizer?.Decode(textIds) ?? "";
        foreach (var stop in _options.StopStrings)
        {
            var at = text.IndexOf(stop, StringComparison.Ordinal);
            if (at >= 0)
            {
                text = text[..at];
            }
        }
        return new GenerationResult(_ids.ToArray(), text, reason);
    }
}
