namespace LangGap.Metrics;

/// <summary>chrF / chrF++ settings with sacrebleu's defaults (character order 6, word order 0, β = 2, mixed case, no white space).</summary>
public sealed record ChrFOptions
{
    /// <summary>The highest character n-gram order (default 6).</summary>
    public int CharOrder { get; init; } = 6;

    /// <summary>The highest word n-gram order (default 0; 2 gives chrF++).</summary>
    public int WordOrder { get; init; }

    /// <summary>Recall is β times as important as precision (default 2).</summary>
    public int Beta { get; init; } = 2;

    /// <summary>Lower-cases hypotheses and references first (default false).</summary>
    public bool Lowercase { get; init; }

    /// <summary>Keeps white space inside character n-grams (default false: white space is removed first).</summary>
    public bool Whitespace { get; init; }

    /// <summary>
    /// Uses chrF++.py/NLTK/Moses epsilon smoothing (average of per-order F-scores) instead of sacrebleu's default
    /// effective-order averaging of precision and recall (default false; the signature then says <c>eff:no</c>).
    /// </summary>
    public bool EpsSmoothing { get; init; }

    /// <summary>The chrF++ settings: word order 2.</summary>
    public static ChrFOptions PlusPlus { get; } = new() { WordOrder = 2 };

    /// <summary>Checks every setting and reports all problems in one exception.</summary>
    /// <exception cref="ArgumentException">One or more settings are invalid.</exception>
    public void Validate()
    {
        var problems = new List<string>();
        if (CharOrder < 0)
        {
            problems.Add($"CharOrder must not be negative, found {CharOrder}");
        }
        if (WordOrder < 0)
        {
            problems.Add($"WordOrder must not be negative, found {WordOrder}");
        }
        if (CharOrder + WordOrder < 1)
        {
            problems.Add($"CharOrder + WordOrder must be at least 1, found {CharOrder} + {WordOrder}");
        }
        if (Beta < 0)
        {
            problems.Add($"Beta must not be negative, found {Beta}");
        }
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid chrF options: {string.Join("; ", problems)}.");
        }
    }
}
