using System.Text.RegularExpressions;
using LangGap.Languages;

namespace LangGap.Survey.Annotation;

/// <summary>Finds languages named in English prose: English and native names from <see cref="LanguageRegistry"/>, a few aliases, and codes where the context makes them codes.</summary>
/// <remarks>
/// Names match case-sensitively as whole words, longest first (<c>Modern Standard Arabic</c> before <c>Arabic</c>);
/// "non-English" is a multilingual cue, not a mention of English. Registry names that are also common words or
/// surnames in abstracts (<c>Ho</c>, <c>Mon</c>, <c>Latin</c>, <c>Fang</c> …) are left out, and native names in Latin
/// script need five letters. An ISO 639-1 code counts only in a language pair (<c>en-de</c>, <c>EN→DE</c>,
/// <c>zh2en</c>) or a BCP-47 tag with a region (<c>pt-BR</c>), never when it is an English word (<c>it</c>,
/// <c>is</c>, <c>no</c>); a FLORES-200 code (<c>deu_Latn</c>) always counts.
/// </remarks>
internal sealed class LanguageLexicon
{
    private static readonly HashSet<string> AmbiguousNames = new(StringComparer.Ordinal)
    {
        "Ho", "Mon", "Ga", "Edo", "Fang", "Yao", "Mari", "Ido", "Fon", "Tiv", "Sena", "Haya", "Teso", "Soga", "Lango", "Meru",
        "Luo", "Susu", "Mende", "Komi", "Shan", "Beja", "Kamba", "Latin", "Bodo", "Tigre", "Zande", "Chiga", "Garo", "Lwo",
        "Patwa", "Even", "Swati", "Mossi", "Ateso", "Wawle",
    };

    private static readonly string[] IgnoredQualifiers = ["individual language", "Eastern", "Zambia"];

    /// <summary>Names the registry lacks or spells differently, each mapped to the code it means.</summary>
    private static readonly (string Name, string Code)[] Aliases =
    [
        ("Mandarin", "zh"), ("Mandarin Chinese", "zh"), ("Simplified Chinese", "zh"), ("Traditional Chinese", "zh"),
        ("Farsi", "fa"), ("Bangla", "bn"), ("Kiswahili", "sw"), ("Castilian", "es"), ("Flemish", "nl"), ("Sinhalese", "si"),
        ("Oriya", "or"), ("Panjabi", "pa"), ("Punjabi", "pa"), ("isiZulu", "zu"), ("isiXhosa", "xh"), ("Sesotho", "st"),
        ("Setswana", "tn"), ("Darija", "ary"), ("Arabizi", "ar"), ("Brazilian Portuguese", "pt"), ("Luganda", "lg"),
        ("Chichewa", "ny"), ("Kurmanji", "kmr"), ("Sorani", "ckb"), ("Cantonese", "yue"), ("Tagalog", "tl"), ("Filipino", "fil"),
    ];

    /// <summary>Words that are also two-letter ISO 639-1 codes; as codes they count only when both sides of a pair are not such words.</summary>
    private static readonly HashSet<string> WordCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        "am", "an", "as", "at", "be", "by", "do", "go", "he", "hi", "id", "ie", "if", "in", "is", "it", "la", "me", "mi", "my",
        "na", "ne", "no", "oh", "ok", "on", "or", "so", "to", "up", "us", "we", "ha", "ti", "of", "eu", "ml", "ai", "ar",
    };

    private readonly Dictionary<string, string> _codeOfName;
    private readonly Regex _names;

    private static readonly Regex Pairs = new(
        @"(?<![\p{L}\p{N}])(?:(?<a>[a-z]{2})\s?(?:-|–|→|->|⇒|↔|<->|2)\s?(?<b>[a-z]{2})|(?<a>[A-Z]{2})\s?(?:-|–|→|->|⇒|↔|<->)\s?(?<b>[A-Z]{2})|(?<a>[a-z]{2})-(?<region>[A-Z]{2}))(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static readonly Regex Flores = new(
        @"(?<![\p{L}\p{N}])(?<code>[a-z]{3}_[A-Z][a-z]{3})(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private LanguageLexicon()
    {
        _codeOfName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, code) in Aliases)
        {
            _codeOfName[name] = LanguageTag.Parse(code).ToBcp47();
        }
        // Languages with an ISO 639-1 code first, so a name shared with an individual language means the common one.
        foreach (var info in LanguageRegistry.All.OrderBy(i => i.Iso639_1 is null ? 1 : 0))
        {
            var code = info.Tag.ToBcp47();
            foreach (var name in EnglishVariants(info.EnglishName))
            {
                Add(name, code);
            }
            var native = info.NativeName.Trim();
            var latin = native.All(c => c < 0x250);
            if (!latin || native.Length >= 5)
            {
                Add(native, code);
            }
        }
        var alternatives = _codeOfName.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape);
        _names = new Regex(
            $@"(?<![\p{{L}}\p{{N}}])(?<![Nn]on-)(?<![Nn]on )(?:{string.Join('|', alternatives)})(?![\p{{L}}\p{{N}}])",
            RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>The lexicon, built once from the registry.</summary>
    public static LanguageLexicon Instance { get; } = new();

    /// <summary>How many names and aliases the lexicon matches.</summary>
    public int NameCount => _codeOfName.Count;

    /// <summary>Every language named or coded in <paramref name="text"/>, with its evidence.</summary>
    public void Find(string text, string field, List<Evidence> evidence)
    {
        for (var m = _names.Match(text); m.Success; m = m.NextMatch())
        {
            evidence.Add(new Evidence(EvidenceKind.LanguageName, _codeOfName[m.Value], field, m.Index, m.Value));
        }
        for (var m = Pairs.Match(text); m.Success; m = m.NextMatch())
        {
            var a = m.Groups["a"].Value;
            if (m.Groups["region"].Success)
            {
                if (!WordCodes.Contains(a) && Code(a) is { } tagged)
                {
                    evidence.Add(new Evidence(EvidenceKind.LanguageCode, tagged, field, m.Index, m.Value));
                }
                continue;
            }
            var b = m.Groups["b"].Value;
            if (WordCodes.Contains(a) || WordCodes.Contains(b) || Code(a) is not { } first || Code(b) is not { } second)
            {
                continue;
            }
            evidence.Add(new Evidence(EvidenceKind.LanguageCode, first, field, m.Groups["a"].Index, m.Value));
            evidence.Add(new Evidence(EvidenceKind.LanguageCode, second, field, m.Groups["b"].Index, m.Value));
        }
        for (var m = Flores.Match(text); m.Success; m = m.NextMatch())
        {
            if (LanguageTag.TryParse(m.Value, out var tag))
            {
                evidence.Add(new Evidence(EvidenceKind.LanguageCode, tag.Info.Tag.ToBcp47(), field, m.Index, m.Value));
            }
        }
    }

    /// <summary>The code a name of the lexicon stands for, or null.</summary>
    public string? CodeOfName(string name) => _codeOfName.GetValueOrDefault(name);

    private static string? Code(string twoLetters)
    {
        var lower = twoLetters.ToLowerInvariant();
        return LanguageTag.TryParse(lower, out var tag) && tag.Info.Iso639_1 == lower ? tag.Info.Tag.ToBcp47() : null;
    }

    private void Add(string name, string code)
    {
        if (name.Length >= 2 && !AmbiguousNames.Contains(name))
        {
            _codeOfName.TryAdd(name, code);
        }
    }

    private static IEnumerable<string> EnglishVariants(string englishName)
    {
        var open = englishName.IndexOf(" (", StringComparison.Ordinal);
        if (open < 0)
        {
            yield return englishName;
            yield break;
        }
        var inner = englishName[(open + 2)..].TrimEnd(')');
        if (inner == "individual language")
        {
            yield break;
        }
        yield return englishName[..open];
        if (!IgnoredQualifiers.Contains(inner))
        {
            yield return inner;
        }
    }
}
