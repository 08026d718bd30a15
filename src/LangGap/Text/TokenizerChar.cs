using System.Text;

namespace LangGap.Text;

/// <summary>sacrebleu's <c>char</c> tokenizer: every code point becomes a token (<c>" ".join(line)</c>).</summary>
internal sealed class TokenizerChar : IMetricTokenizer
{
    /// <summary>The shared instance.</summary>
    public static TokenizerChar Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "char";

    /// <inheritdoc />
    public string Tokenize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var builder = new StringBuilder(line.Length * 2);
        var i = 0;
        while (i < line.Length)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }
            // A surrogate pair is one Python code point; a lone surrogate is one too.
            var width = char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]) ? 2 : 1;
            builder.Append(line, i, width);
            i += width;
        }
        return builder.ToString();
    }
}
