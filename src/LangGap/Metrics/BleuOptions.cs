using LangGap.Text;

namespace LangGap.Metrics;

/// <summary>BLEU settings with sacrebleu's defaults (<c>corpus_bleu</c>: 13a, exp smoothing, order 4, mixed case).</summary>
public sealed record BleuOptions
{
    /// <summary>The highest n-gram order (default 4).</summary>
    public int MaxNgramOrder { get; init; } = 4;

    /// <summary>The smoothing method (default <see cref="BleuSmoothing.Exp"/>).</summary>
    public BleuSmoothing Smoothing { get; init; } = BleuSmoothing.Exp;

    /// <summary>The value for <c>floor</c> and <c>add-k</c>; null means sacrebleu's default (0.1 and 1). Ignored otherwise.</summary>
    public double? SmoothValue { get; init; }

    /// <summary>Stops at the highest order with any hypothesis n-gram instead of counting empty orders as zero (default false).</summary>
    public bool EffectiveOrder { get; init; }

    /// <summary>Lower-cases hypotheses and references first (default false).</summary>
    public bool Lowercase { get; init; }

    /// <summary>The tokenizer: <c>13a</c> (default), <c>intl</c>, <c>zh</c>, <c>char</c> or <c>none</c>.</summary>
    public string Tokenize { get; init; } = MetricTokenizers.Default;

    /// <summary>sacrebleu's <c>sentence_bleu</c> defaults: as the corpus defaults, with effective order.</summary>
    public static BleuOptions SentenceDefaults { get; } = new() { EffectiveOrder = true };

    /// <summary>The smoothing value in force: <see cref="SmoothValue"/> or the method's default.</summary>
    public double EffectiveSmoothValue => SmoothValue ?? Smoothing switch
    {
        BleuSmoothing.Floor => 0.1,
        BleuSmoothing.AddK => 1.0,
        _ => 0.0,
    };

    /// <summary>Checks every setting and reports all problems in one exception.</summary>
    /// <exception cref="ArgumentException">One or more settings are invalid.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        if (MaxNgramOrder < 1)
        {
            problems.Add($"MaxNgramOrder must be at least 1, found {MaxNgramOrder}");
        }
        if (!Enum.IsDefined(Smoothing))
        {
            problems.Add($"Smoothing must be exp, floor, add-k or none, found {(int)Smoothing}");
        }
        if (SmoothValue is { } value && (double.IsNaN(value) || double.IsInfinity(value) || value < 0))
        {
            problems.Add($"SmoothValue must be a finite non-negative number, found {value}");
        }
        if (!MetricTokenizers.IsKnown(Tokenize))
        {
            problems.Add($"Tokenize must be one of {string.Join(", ", MetricTokenizers.Names)}, found '{Tokenize}'");
        }
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid BLEU options: {string.Join("; ", problems)}.");
        }
    }

    /// <summary>The smoothing part of the signature: <c>exp</c>, <c>none</c>, <c>floor[0.10]</c>, <c>add-k[1.00]</c>.</summary>
    internal string SmoothingSignature => Smoothing switch
    {
        BleuSmoothing.Exp => "exp",
        BleuSmoothing.None => "none",
        BleuSmoothing.Floor => $"floor[{PythonFormat.Fixed(EffectiveSmoothValue, 2)}]",
        _ => $"add-k[{PythonFormat.Fixed(EffectiveSmoothValue, 2)}]",
    };
}
