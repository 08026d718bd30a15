namespace LangGap.Text;

/// <summary>The BLEU tokenizers by name, as sacrebleu's <c>--tokenize</c> names them.</summary>
public static class MetricTokenizers
{
    /// <summary>The default tokenizer, mteval-v13a's (<c>13a</c>).</summary>
    public const string Default = "13a";

    /// <summary>Every supported name: <c>13a</c>, <c>intl</c>, <c>zh</c>, <c>char</c>, <c>none</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["13a", "intl", "zh", "char", "none"];

    /// <summary>True when <paramref name="name"/> is one of <see cref="Names"/>.</summary>
    public static bool IsKnown(string? name) => name is not null && Names.Contains(name, StringComparer.Ordinal);

    /// <summary>Returns the tokenizer called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">The name is not one of <see cref="Names"/>.</exception>
    public static IMetricTokenizer Create(string name) => name switch
    {
        "13a" => Tokenizer13a.Instance,
        "intl" => TokenizerIntl.Instance,
        "zh" => TokenizerZh.Instance,
        "char" => TokenizerChar.Instance,
        "none" => TokenizerNone.Instance,
        _ => throw new ArgumentException(
            $"Expected a tokenizer among {string.Join(", ", Names)}, found '{name}'.", nameof(name)),
    };
}
