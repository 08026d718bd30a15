using LangGap.Languages;

namespace LangGap.Safety.Scoring;

/// <summary>Profane words per language from the npm package <c>naughty-words</c> 1.2.0 (the LDNOOBW lists, CC BY 4.0).</summary>
/// <remarks>
/// Shipped as <c>assets/safety/profanity.tsv</c> (embedded; card: <c>assets/safety/PROFANITY-CARD.md</c>). Lists are
/// matched per language, never across languages: a word that is profane in one language is often harmless in another
/// (Filipino <c>tanga</c>, Spanish <c>tanga</c>).
/// </remarks>
public sealed class ProfanityLexicon
{
    /// <summary>Where the built-in lists come from.</summary>
    public const string Source = "npm:naughty-words@1.2.0 (CC-BY-4.0)";

    private static readonly Lazy<ProfanityLexicon> LazyDefault = new(() => new ProfanityLexicon(SafetyText.ReadResource("LangGap.Safety.profanity.tsv")));
    private readonly Dictionary<string, List<(string Word, string Normalised)>> _words = new(StringComparer.Ordinal);

    /// <summary>Creates a lexicon from (language code, word) pairs.</summary>
    public ProfanityLexicon(IEnumerable<(string Language, string Word)> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        foreach (var (language, word) in words)
        {
            var code = LanguageTag.Parse(language).Language;
            if (!_words.TryGetValue(code, out var list))
            {
                _words[code] = list = [];
            }
            var normalised = SafetyText.Normalise(word).Trim();
            if (normalised.Length > 0 && !list.Any(w => w.Normalised == normalised))
            {
                list.Add((word, normalised));
            }
        }
        Sha256 = SafetyText.Fingerprint(_words.OrderBy(l => l.Key, StringComparer.Ordinal).SelectMany(l => l.Value.Select(w => (l.Key, w.Normalised))));
    }

    /// <summary>The SHA-256 of the lists as matched (language, normalised word), languages in code order: another lexicon, another hash.</summary>
    public string Sha256 { get; }

    /// <summary>The built-in lexicon.</summary>
    public static ProfanityLexicon Default => LazyDefault.Value;

    /// <summary>The language codes with a word list.</summary>
    public IReadOnlyList<string> Languages => [.. _words.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Whether <paramref name="language"/> has a word list.</summary>
    public bool Covers(LanguageTag language) => _words.ContainsKey(language.Language);

    /// <summary>The words of the lists of <paramref name="languages"/> found in <paramref name="text"/>, each once.</summary>
    public IReadOnlyList<string> Find(string text, IEnumerable<LanguageTag> languages)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(languages);
        var normalised = SafetyText.Normalise(text);
        var hits = new List<string>();
        foreach (var code in languages.Select(l => l.Language).Distinct(StringComparer.Ordinal))
        {
            if (_words.TryGetValue(code, out var list))
            {
                hits.AddRange(list.Where(w => LexiconMatcher.Contains(normalised, w.Normalised)).Select(w => w.Word));
            }
        }
        return [.. hits.Distinct(StringComparer.Ordinal)];
    }
}
