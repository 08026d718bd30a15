using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace LangGap.Languages;

/// <summary>
/// A language, optionally with a script and a region, in one normal form: the shortest BCP-47 tag
/// (<c>de</c>, <c>zh-Hant</c>, <c>pt-BR</c>, <c>arb</c>).
/// </summary>
/// <remarks>
/// <para>
/// A tag can only be made by <see cref="Parse"/> or <see cref="TryParse"/>, so every instance names a language in
/// <see cref="LanguageRegistry"/>. Parsing accepts ISO 639-1 (<c>de</c>), ISO 639-3 (<c>deu</c>, <c>yue</c>),
/// ISO 639-2/B and deprecated codes (<c>ger</c>, <c>iw</c>→<c>he</c>, <c>in</c>→<c>id</c>, <c>ji</c>→<c>yi</c>,
/// <c>jw</c>→<c>jv</c>, <c>mo</c>→<c>ro</c>), BCP-47 with script and region (<c>zh-Hant-TW</c>, <c>sr-Latn</c>,
/// <c>pt-BR</c>) and FLORES-200 codes (<c>deu_Latn</c>); case does not matter and <c>_</c> works as a separator.
/// Variants, extensions and private-use subtags are rejected.
/// </para>
/// <para>
/// Normal form: the language is written with its ISO 639-1 code where one exists, else ISO 639-3; the script is
/// kept when given, except for a language written in a single script, whose script is implied (<c>deu_Latn</c> →
/// <c>de</c>, but <c>zho_Hans</c> → <c>zh-Hans</c> and <c>sr-Latn</c> stays); the region is kept (<c>zh-CN</c> stays
/// <c>zh-CN</c>). Individual languages are not folded into their macrolanguage: <c>arb</c> stays <c>arb</c> and
/// differs from <c>ar</c>; use <see cref="Equivalent"/> to match them.
/// </para>
/// <para>
/// <c>als</c> is parsed as ISO 639-3 Tosk Albanian, as in FLORES-200 (<c>als_Latn</c>). fastText's lid.176 label
/// <c>als</c> means Alemannic (Wikipedia's code); a fastText reader must map that label to <c>gsw</c>.
/// </para>
/// </remarks>
[JsonConverter(typeof(LanguageTagJsonConverter))]
public sealed class LanguageTag : IEquatable<LanguageTag>, IComparable<LanguageTag>, IParsable<LanguageTag>
{
    private readonly LanguageRecord _record;
    private readonly string _text;

    private LanguageTag(LanguageRecord record, string? script, string? region)
    {
        _record = record;
        Script = script;
        Region = region;
        _text = (script, region) switch
        {
            (null, null) => record.Code,
            (null, _) => $"{record.Code}-{region}",
            (_, null) => $"{record.Code}-{script}",
            _ => $"{record.Code}-{script}-{region}",
        };
    }

    /// <summary>The primary language subtag of the normal form: ISO 639-1 where it exists, else ISO 639-3.</summary>
    public string Language => _record.Code;

    /// <summary>The ISO 639-3 code (<c>deu</c>); for the collective and retired codes fastText uses, that code (<c>bih</c>, <c>eml</c>).</summary>
    public string Iso639_3 => _record.Iso639_3;

    /// <summary>The ISO 639-1 code (<c>de</c>), or null when the language has none.</summary>
    public string? Iso639_1 => _record.Iso639_1;

    /// <summary>The explicit ISO 15924 script (<c>Hant</c>), or null when none was given or it is implied.</summary>
    public string? Script { get; }

    /// <summary>The region, an ISO 3166-1 code in upper case (<c>BR</c>) or a UN M.49 number (<c>419</c>), or null.</summary>
    public string? Region { get; }

    /// <summary>
    /// The script the text is in: the explicit script, else the one the region implies (Traditional Chinese for
    /// <c>zh-TW</c>, <c>zh-HK</c>, <c>zh-MO</c>), else the language's default script.
    /// </summary>
    public string EffectiveScript => Script ?? ImpliedScript(_record, Region) ?? _record.DefaultScript;

    /// <summary>This tag without script and region (<c>zh-Hant-TW</c> → <c>zh</c>).</summary>
    public LanguageTag LanguageOnly => Script is null && Region is null ? this : ForLanguage(_record);

    /// <summary>The macrolanguage this language belongs to (<c>ar</c> for <c>arb</c> and <c>arz</c>), or null.</summary>
    public LanguageTag? Macrolanguage => Info.Macrolanguage;

    /// <summary>The registry entry of this tag's language.</summary>
    public LanguageInfo Info => LanguageData.Instance.InfoOf(_record);

    internal LanguageRecord Record => _record;

    /// <summary>Parses a language code or tag into its normal form.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a tag LangGap knows; the message says what is expected.</exception>
    public static LanguageTag Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return LanguageTagParser.TryParse(text, out var tag) ? tag : throw new FormatException(LanguageTagParser.ErrorMessage(text));
    }

    /// <summary>Parses a language code or tag; false (and a null tag) when it is null or not a tag LangGap knows.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out LanguageTag? tag)
    {
        tag = null;
        return text is not null && LanguageTagParser.TryParse(text, out tag);
    }

    /// <inheritdoc cref="Parse(string)" />
    static LanguageTag IParsable<LanguageTag>.Parse(string s, IFormatProvider? provider) => Parse(s);

    /// <inheritdoc cref="TryParse(string?, out LanguageTag?)" />
    static bool IParsable<LanguageTag>.TryParse(string? s, IFormatProvider? provider, [NotNullWhen(true)] out LanguageTag? result) =>
        TryParse(s, out result);

    /// <summary>
    /// True when two tags name the same language in the same script, ignoring region: after each language is
    /// replaced by the one it is treated as (<c>arb</c>→<c>ar</c>, <c>swh</c>→<c>sw</c>, <c>pes</c>→<c>fa</c>,
    /// <c>zsm</c>→<c>ms</c>, <c>cmn</c>→<c>zh</c>, <c>fil</c>→<c>tl</c>, <c>nb</c>→<c>no</c>), the codes are equal and
    /// so are the <see cref="EffectiveScript"/>s.
    /// </summary>
    /// <remarks>
    /// Only the individual language a macrolanguage code usually means matches it: <c>arz</c> (Egyptian Arabic) and
    /// <c>yue</c> (Cantonese) do not match <c>ar</c> and <c>zh</c>; use <see cref="Macrolanguage"/> for membership.
    /// </remarks>
    public static bool Equivalent(LanguageTag a, LanguageTag b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var data = LanguageData.Instance;
        return ReferenceEquals(data.MatchRoot(a._record), data.MatchRoot(b._record))
            && string.Equals(a.EffectiveScript, b.EffectiveScript, StringComparison.Ordinal);
    }

    /// <summary>True when this tag and <paramref name="other"/> are <see cref="Equivalent"/>.</summary>
    public bool IsEquivalentTo(LanguageTag other) => Equivalent(this, other);

    /// <summary>The normal form as a BCP-47 tag (<c>zh-Hant-TW</c>).</summary>
    public string ToBcp47() => _text;

    /// <summary>
    /// The FLORES-200 code for this tag (<c>de</c> → <c>deu_Latn</c>, <c>ar</c> → <c>arb_Arab</c>,
    /// <c>zh-TW</c> → <c>zho_Hant</c>): this language's, or else that of the language it is
    /// <see cref="Equivalent"/> to, in the <see cref="EffectiveScript"/>. For a language FLORES-200 lacks, the same
    /// shape made from the ISO 639-3 code and the script (<c>la</c> → <c>lat_Latn</c>).
    /// </summary>
    public string ToFlores()
    {
        var script = EffectiveScript;
        if (_record.FloresScripts.Contains(script))
        {
            return $"{_record.Iso639_3}_{script}";
        }
        var data = LanguageData.Instance;
        var match = data.MatchGroup(_record)
            .OrderBy(r => ReferenceEquals(r, data.MatchRoot(_record)) ? 0 : 1)
            .ThenBy(r => r.Iso639_3, StringComparer.Ordinal)
            .FirstOrDefault(r => r.FloresScripts.Contains(script));
        return $"{(match ?? _record).Iso639_3}_{script}";
    }

    /// <summary>The normal form as a BCP-47 tag.</summary>
    public override string ToString() => _text;

    /// <inheritdoc />
    public bool Equals(LanguageTag? other) => other is not null && string.Equals(_text, other._text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is LanguageTag other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_text);

    /// <summary>Orders tags by their normal form, ordinally.</summary>
    public int CompareTo(LanguageTag? other) => other is null ? 1 : string.CompareOrdinal(_text, other._text);

    /// <summary>True when both tags have the same normal form (or both are null).</summary>
    public static bool operator ==(LanguageTag? left, LanguageTag? right) => left is null ? right is null : left.Equals(right);

    /// <summary>True when the tags' normal forms differ.</summary>
    public static bool operator !=(LanguageTag? left, LanguageTag? right) => !(left == right);

    internal static LanguageTag ForLanguage(LanguageRecord record) => new(record, null, null);

    internal static LanguageTag Create(LanguageRecord record, string? script, string? region) =>
        new(record, script is not null && record.SuppressesDefaultScript && script == record.DefaultScript ? null : script, region);

    private static string? ImpliedScript(LanguageRecord record, string? region) =>
        record.Iso639_3 == "zho" && region is "TW" or "HK" or "MO" ? "Hant" : null;
}
