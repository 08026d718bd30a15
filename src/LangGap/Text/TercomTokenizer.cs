namespace LangGap.Text;

/// <summary>TER's tercom normalisation, exactly as sacrebleu's <c>TercomTokenizer</c> applies it.</summary>
/// <remarks>
/// Without options it only lower-cases (unless case-sensitive) and collapses white space. <c>normalized</c> adds the
/// general and Western rules (XML entities, punctuation split, possessive <c>'s</c>, periods and commas not next to
/// digits, dashes after digits); with <c>asianSupport</c> it also splits CJK ideographs and CJK/full-width punctuation.
/// <c>noPunct</c> removes <c>. , ? : ; ! " ( )</c> (and, with <c>asianSupport</c>, CJK and full-width punctuation).
/// </remarks>
public sealed class TercomTokenizer : IMetricTokenizer
{
    [ThreadStatic] private static CharBuffer? t_buffer;

    /// <summary>Creates the tokenizer with sacrebleu's four switches (all off by default, i.e. lower-cased, no normalisation).</summary>
    public TercomTokenizer(bool normalized = false, bool noPunct = false, bool asianSupport = false, bool caseSensitive = false)
    {
        Normalized = normalized;
        NoPunct = noPunct;
        AsianSupport = asianSupport;
        CaseSensitive = caseSensitive;
    }

    /// <summary>Applies the general and Western normalisation rules.</summary>
    public bool Normalized { get; }

    /// <summary>Removes punctuation.</summary>
    public bool NoPunct { get; }

    /// <summary>Treats CJK characters and punctuation specially (only with <see cref="Normalized"/> or <see cref="NoPunct"/>).</summary>
    public bool AsianSupport { get; }

    /// <summary>Keeps case; otherwise the text is lower-cased first.</summary>
    public bool CaseSensitive { get; }

    /// <inheritdoc />
    public string Name => "tercom";

    /// <inheritdoc />
    public string Tokenize(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length == 0)
        {
            return "";
        }
        var sent = CaseSensitive ? line : PythonText.Lower(line);
        if (Normalized)
        {
            sent = NormalizeWestern(sent);
        }
        if (!Normalized && !NoPunct)
        {
            return PythonText.CollapseSpaces(sent);
        }
        var buffer = t_buffer ??= new CharBuffer();
        buffer.Clear();
        foreach (var c in sent)
        {
            if (NoPunct && (IsWesternPunct(c) || (AsianSupport && IsAsianPunct(c))))
            {
                continue;
            }
            if (Normalized && AsianSupport && (IsCjk(c) || IsAsianPunct(c)))
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
        return PythonText.CollapseSpaces(buffer.Span);
    }

    private static string NormalizeWestern(string sent)
    {
        sent = sent.Replace("\n-", "", StringComparison.Ordinal)
            .Replace('\n', ' ')
            .Replace("&quot;", "\"", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal)
            .Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal);
        // The string now starts and ends with a space, so sacrebleu's "'s$" rule can never match and is omitted.
        return MtevalRules.ApplyTercom(string.Concat(" ", sent, " "));
    }

    private static bool IsWesternPunct(char c) => c is '.' or ',' or '?' or ':' or ';' or '!' or '"' or '(' or ')';

    // ASIAN_PUNCT and FULL_WIDTH_PUNCT of sacrebleu's tokenizer_ter.
    private static bool IsAsianPunct(char c) => c is '\u3001' or '\u3002' or (>= '\u3008' and <= '\u3011')
        or (>= '\u3014' and <= '\u301f') or (>= '\uff61' and <= '\uff65') or '\u30fb'
        or '\uff0e' or '\uff0c' or '\uff1f' or '\uff1a' or '\uff1b' or '\uff01' or '\uff02' or '\uff08' or '\uff09';

    // Every range _normalize_asian surrounds with spaces. Its Hiragana/Katakana rules are anchored at the start of
    // the string, which after the Western step is always a space, so they never fire.
    private static bool IsCjk(char c) => c is (>= '\u4e00' and <= '\u9fff') or (>= '\u3400' and <= '\u4dbf')
        or (>= '\u31c0' and <= '\u31ef') or (>= '\u2e80' and <= '\u2eff') or (>= '\u3300' and <= '\u33ff')
        or (>= '\uf900' and <= '\ufaff') or (>= '\ufe30' and <= '\ufe4f') or (>= '\u3200' and <= '\u3f22');
}
