using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using LangGap.Identification;
using LangGap.Identification.Mixing;
using LangGap.Languages;

namespace LangGap.Reasoning.Cot;

/// <summary>Analyses the language of chains of thought: language by sentence, share in the query's language,
/// code-mixed sentences and quote-and-think events.</summary>
/// <remarks>
/// <para>The thinking is split into sentences at <c>. ! ? 。 ！ ？ । ؟</c> followed by a space (or directly after a CJK
/// full stop) and at newlines. A sentence without letters (pure arithmetic such as <c>4 + 3 = 7.</c>) has no language.
/// Each other sentence gets the dominant language of <see cref="LanguageMixAnalyzer"/> (fastText, by span); the dominant
/// language of the thinking has the most words over such sentences, and the query-language share is the share of those
/// words in sentences whose language is the query's.</para>
/// <para><b>Quote-and-think</b>: a span between quotation marks (<c>"…" “…” „…“ «…» ‘…’ '…' 「…」 『…』</c>) inside
/// thinking whose dominant language is not the query's, when the span is in the query's language — it occurs verbatim in
/// the question, or it is written in the question's script where that differs from the thinking's, or fastText gives it
/// the query's language. An event is <i>precise</i> when the quoted words occur verbatim in the question (compared after
/// NFC, case folding and collapsing whitespace). A sentence is <b>code-mixed</b> when, with its quoted spans removed, it
/// still holds more than one language, so quoting and intra-sentential mixing are counted apart.</para>
/// </remarks>
public sealed partial class CotAnalyzer
{
    private readonly LanguageIdentifier _identifier;
    private readonly LanguageMixAnalyzer _mixer;

    /// <summary>Creates an analyzer over <paramref name="identifier"/> (<see cref="LanguageIdentifier.Default"/> when null).</summary>
    public CotAnalyzer(LanguageIdentifier? identifier = null)
    {
        _identifier = identifier ?? LanguageIdentifier.Default;
        _mixer = new LanguageMixAnalyzer(_identifier);
    }

    /// <summary>Analyses <paramref name="thinking"/>, written for <paramref name="question"/> in <paramref name="queryLanguage"/>.</summary>
    public CotAnalysis Analyze(string thinking, string question, LanguageTag queryLanguage)
    {
        ArgumentNullException.ThrowIfNull(thinking);
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(queryLanguage);
        var queryLabel = queryLanguage.Iso639_1 ?? queryLanguage.Language;
        var quotes = Quoted(thinking).ToList();
        var sentences = new List<ThinkingSentence>();
        foreach (var sentence in SplitSentences(thinking))
        {
            if (!sentence.Any(char.IsLetter))
            {
                sentences.Add(new ThinkingSentence(sentence, null, 0, false));
                continue;
            }
            var analysis = _mixer.Analyze(sentence);
            var unquoted = QuotePattern().Replace(sentence, " ");
            var mixed = unquoted.Any(char.IsLetter) && _mixer.Analyze(unquoted).IsMixed;
            sentences.Add(new ThinkingSentence(sentence, Normalise(analysis.Dominant, queryLanguage, queryLabel), analysis.WordCount, mixed));
        }
        var words = sentences.Where(s => s.Language is not null).GroupBy(s => s.Language!).Select(g => (Label: g.Key, Words: g.Sum(s => s.Words)))
            .OrderByDescending(g => g.Words).ToList();
        var total = words.Sum(w => w.Words);
        var dominant = words.Count == 0 ? null : words[0].Label;
        var share = total == 0 ? 0 : (double)words.Where(w => w.Label == queryLabel).Sum(w => w.Words) / total;
        var events = new List<QuoteEvent>();
        if (dominant is not null && dominant != queryLabel)
        {
            var questionKey = Key(question);
            var questionScript = Scripts.OfWord(question);
            var thinkingScript = Scripts.OfWord(thinking);
            foreach (var (text, start) in quotes)
            {
                var precise = Key(text).Length > 0 && questionKey.Contains(Key(text), StringComparison.Ordinal);
                var script = Scripts.OfWord(text);
                var inQuery = precise
                    || (script != ScriptClass.Neutral && script == questionScript && script != thinkingScript)
                    || Normalise(_identifier.Identify(text.ReplaceLineEndings(" ")).FirstOrDefault()?.Label, queryLanguage, queryLabel) == queryLabel;
                if (inQuery)
                {
                    events.Add(new QuoteEvent(text, start, precise));
                }
            }
        }
        return new CotAnalysis(queryLabel, dominant, share, sentences, events);
    }

    /// <summary>The sentences of <paramref name="text"/>, trimmed, empty ones dropped.</summary>
    public static IReadOnlyList<string> SplitSentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. SentenceBreak().Split(text).Select(s => s.Trim()).Where(s => s.Length > 0)];
    }

    // fastText labels are ISO 639-1 where one exists; a label equivalent to the query's language is written as the query's.
    private static string? Normalise(string? label, LanguageTag query, string queryLabel) =>
        label is not null && LanguageIdentifier.LanguageOf(label) is { } tag && LanguageTag.Equivalent(tag, query) ? queryLabel : label;

    private static IEnumerable<(string Text, int Start)> Quoted(string text)
    {
        foreach (Match m in QuotePattern().Matches(text))
        {
            var group = m.Groups.Cast<Group>().Skip(1).First(g => g.Success);
            var inner = group.Value.Trim();
            if (inner.Length > 0)
            {
                yield return (inner, group.Index);
            }
        }
    }

    private static string Key(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture)
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim('.', ',', '!', '?', '。', '，', '、', ':', ';');

    [GeneratedRegex(@"(?<=[.!?।؟])\s+|(?<=[。！？])\s*|\n+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"""([^""\n]{1,120})""|“([^”\n]{1,120})”|„([^“”\n]{1,120})[“”]|«\s?([^»\n]{1,120}?)\s?»|「([^」\n]{1,120})」|『([^』\n]{1,120})』|‘([^’\n]{1,120})’|(?<![\p{L}\p{N}])'([^'\n]{1,120})'(?![\p{L}\p{N}])")]
    private static partial Regex QuotePattern();
}
