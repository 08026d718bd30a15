namespace LangGap.Text;

/// <summary>sacrebleu's <c>none</c> tokenizer: the segment is used as it is (words are split on white space later).</summary>
internal sealed class TokenizerNone : IMetricTokenizer
{
    /// <summary>The shared instance.</summary>
    public static TokenizerNone Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "none";

    /// <inheritdoc />
    public string Tokenize(string line) => line ?? throw new ArgumentNullException(nameof(line));
}
