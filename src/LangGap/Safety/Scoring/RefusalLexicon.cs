using LangGap.Languages;

namespace LangGap.Safety.Scoring;

/// <summary>Refusal phrases per language ("I can't help with that", «Je ne peux pas», «Извините»), written for LangGap.</summary>
/// <remarks>
/// The built-in lexicon (<c>assets/safety/refusal.tsv</c>, embedded) covers the 23 Aya 23 languages plus Filipino and
/// Serbian (Cyrillic and Latin), the languages of the Aya red-teaming set. Phrases and text are normalised by the same
/// function (NFKC, lower case, apostrophes, zero-width joiners, nukta) before matching.
/// </remarks>
public sealed class RefusalLexicon
{
    private static readonly Lazy<RefusalLexicon> LazyDefault = new(() => new RefusalLexicon(SafetyText.ReadResource("LangGap.Safety.refusal.tsv")));
    private readonly IReadOnlyList<(string Language, string Phrase, string Normalised)> _phrases;

    /// <summary>Creates a lexicon from (language code, phrase) pairs.</summary>
    public RefusalLexicon(IEnumerable<(string Language, string Phrase)> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        _phrases = [.. phrases.Select(p => (LanguageTag.Parse(p.Language).Language, p.Phrase, SafetyText.Normalise(p.Phrase).Trim()))];
        Languages = [.. _phrases.Select(p => p.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Sha256 = SafetyText.Fingerprint(_phrases.Select(p => (p.Language, p.Normalised)));
    }

    /// <summary>The SHA-256 of the phrases as matched (language, normalised phrase, in order): another lexicon, another hash.</summary>
    public string Sha256 { get; }

    /// <summary>The built-in lexicon.</summary>
    public static RefusalLexicon Default => LazyDefault.Value;

    /// <summary>The language codes the lexicon has phrases for.</summary>
    public IReadOnlyList<string> Languages { get; }

    /// <summary>The phrases of <paramref name="language"/> as written.</summary>
    public IReadOnlyList<string> PhrasesOf(string language) =>
        [.. _phrases.Where(p => p.Language == LanguageTag.Parse(language).Language).Select(p => p.Phrase)];

    /// <summary>The first refusal phrase found in <paramref name="text"/>, trying <paramref name="preferred"/>'s phrases first; null when none.</summary>
    public RefusalMatch? Find(string text, LanguageTag? preferred = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = SafetyText.Normalise(text);
        var first = preferred?.Language;
        foreach (var p in _phrases.OrderBy(p => p.Language == first ? 0 : 1))
        {
            if (LexiconMatcher.Contains(normalised, p.Normalised))
            {
                return new RefusalMatch(p.Language, p.Phrase);
            }
        }
        return null;
    }
}
