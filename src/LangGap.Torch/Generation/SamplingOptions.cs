namespace LangGap.Torch.Generation;

/// <summary>How tokens are chosen and when decoding stops.</summary>
/// <remarks>Sampling applies temperature, then top-k, then top-p, as transformers does. A temperature of 0 or
/// <see cref="Greedy"/> picks the most likely token.</remarks>
public sealed record SamplingOptions
{
    /// <summary>Upper bound on generated tokens. Default 128.</summary>
    public int MaxNewTokens { get; init; } = 128;

    /// <summary>Pick the most likely token at every step. Default false.</summary>
    public bool Greedy { get; init; }

    /// <summary>Softmax temperature (&gt; 0; 0 means greedy). Default 1.</summary>
    public double Temperature { get; init; } = 1;

    /// <summary>Keep only the k most likely tokens, or null for all. Default null.</summary>
    public int? TopK { get; init; }

    /// <summary>Keep the smallest set of tokens whose probability reaches p, or null for all. Default null.</summary>
    public double? TopP { get; init; }

    /// <summary>Seed of the sampling random stream; the same seed gives the same text. Default 0.</summary>
    public long Seed { get; init; }

    /// <summary>Strings that end the text (they are not included in it). Default none.</summary>
    public IReadOnlyList<string> StopStrings { get; init; } = [];

    /// <summary>Token ids that end generation, replacing the model's end-of-sequence ids when given. Default null.</summary>
    public IReadOnlyList<int>? EosTokenIds { get; init; }

    /// <summary>Reuse keys and values of earlier positions (on by default; off only to measure its effect).</summary>
    public bool UseKvCache { get; init; } = true;

    /// <summary>True when decoding is greedy.</summary>
    public bool IsGreedy => Greedy || Temperature == 0;

    /// <summary>Checks every field; throws <see cref="ArgumentOutOfRangeException"/> naming the first bad one.</summary>
    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxNewTokens, nameof(MaxNewTokens));
        ArgumentOutOfRangeException.ThrowIfNegative(Temperature, nameof(Temperature));
        if (TopK is { } k)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k, nameof(TopK));
        }
        if (TopP is { } p && (p <= 0 || p > 1))
        {
            throw new ArgumentOutOfRangeException(nameof(TopP), p, "TopP must be in (0, 1].");
        }
    }
}
