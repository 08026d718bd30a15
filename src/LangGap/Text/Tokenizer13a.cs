namespace LangGap.Text;

/// <summary>sacrebleu's default <c>13a</c> tokenizer, equivalent to mteval-v13a.pl as used by WMT.</summary>
internal sealed class Tokenizer13a : IMetricTokenizer
{
    /// <summary>The shared instance (the tokenizer is stateless).</summary>
    public static Tokenizer13a Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "13a";

    /// <inheritdoc />
    public string Tokenize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        line = line.Replace("<skipped>", "", StringComparison.Ordinal)
            .Replace("-\n", "", StringComparison.Ordinal)
            .Replace('\n', ' ');
        if (line.Contains('&', StringComparison.Ordinal))
        {
            line = line.Replace("&quot;", "\"", StringComparison.Ordinal)
                .Replace("&amp;", "&", StringComparison.Ordinal)
                .Replace("&lt;", "<", StringComparison.Ordinal)
                .Replace("&gt;", ">", StringComparison.Ordinal);
        }
        return MtevalRules.ApplyPadded(line);
    }
}
