namespace LangGap.Text;

/// <summary>sacrebleu's <c>zh</c> tokenizer: Chinese characters are split apart, the rest is tokenized as <c>13a</c>'s rules do.</summary>
/// <remarks>
/// sacrebleu lists its ranges as Python string pairs and compares one-character strings against them; two entries
/// are written with five hex digits (<c>'\u20000'</c>, <c>'\u2f800'</c>), which Python reads as a four-digit escape
/// followed by a digit. The comparison therefore covers U+2001–U+2A6D and U+2F81–U+2FA1 (general punctuation,
/// currency, arrows, mathematical symbols…) and never a supplementary-plane character. LangGap reproduces that.
/// </remarks>
internal sealed class TokenizerZh : IMetricTokenizer
{
    private static readonly (int From, int To)[] Ranges =
    [
        (0x3400, 0x4DB5), (0x4E00, 0x9FA5), (0x9FA6, 0x9FBB), (0xF900, 0xFA2D), (0xFA30, 0xFA6A), (0xFA70, 0xFAD9),
        (0x2001, 0x2A6D), (0x2F81, 0x2FA1), (0xFF00, 0xFFEF), (0x2E80, 0x2EFF), (0x3000, 0x303F), (0x31C0, 0x31EF),
        (0x2F00, 0x2FDF), (0x2FF0, 0x2FFF), (0x3100, 0x312F), (0x31A0, 0x31BF), (0xFE10, 0xFE1F), (0xFE30, 0xFE4F),
        (0x2600, 0x26FF), (0x2700, 0x27BF), (0x3200, 0x32FF), (0x3300, 0x33FF),
    ];

    private static readonly bool[] Chinese = CreateTable();

    [ThreadStatic] private static CharBuffer? t_buffer;

    /// <summary>The shared instance.</summary>
    public static TokenizerZh Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "zh";

    /// <inheritdoc />
    public string Tokenize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var stripped = PythonText.Strip(line).AsSpan();
        var buffer = t_buffer ??= new CharBuffer();
        buffer.Clear();
        foreach (var c in stripped)
        {
            // Surrogates are never Chinese here (see remarks), so code units suffice.
            if (Chinese[c])
            {
                buffer.Append(' ');
                buffer.Append(c);
                buffer.Append(' ');
            }
            else
            {
                buffer.Append(c);
            }
        }
        return MtevalRules.Apply(buffer.Span);
    }

    private static bool[] CreateTable()
    {
        var table = new bool[0x10000];
        foreach (var (from, to) in Ranges)
        {
            for (var c = from; c <= to; c++)
            {
                table[c] = true;
            }
        }
        return table;
    }
}
