using System.Text.RegularExpressions;
using LangGap.Survey.Ingest;
using LangGap.Survey.Selection;

namespace LangGap.Survey.Annotation;

/// <summary>Annotates a paper automatically: languages studied, whether it names them, group and subtopic, each with evidence.</summary>
/// <remarks>
/// <para>Languages: names and codes (<see cref="LanguageLexicon"/>), plus the languages of known data sets
/// (<c>datasets.tsv</c>). "Named" means a name or code occurs; a data set alone does not name a language.</para>
/// <para>Group: two or more languages, or a multilingual cue (<c>multilingual</c>, <c>cross-lingual</c>,
/// <c>non-English</c>, <c>23 languages</c>, a massively multilingual data set) → multilingual; exactly English →
/// English-only; exactly one other language → non-English. With no language and no cue, a paper that does
/// empirical work on text (<c>dataset</c>, <c>model</c>, <c>evaluate</c> …) is English-only and not named — the
/// review's reading of a paper that never says which language it studied; otherwise none.</para>
/// </remarks>
public sealed class PaperAnnotator
{
    private static readonly Regex MultilingualCues = TermPattern.Compile([
        "multilingual*", "multi-lingual*", "cross-lingual*", "cross-language", "cross-linguistic*", "bilingual*", "trilingual*",
        "code-mixed", "code-mixing", "code-switch*", "translingual", "polyglot*", "non-English", "languages other than English",
        "low-resource languages", "low resource languages", "under-resourced languages", "many languages", "multiple languages",
        "various languages", "diverse languages", "different languages", "several languages", "other languages", "dozens of languages",
        "hundreds of languages", "Indic languages", "Indian languages", "African languages", "European languages", "Asian languages",
        "world's languages", "typologically diverse", "machine translation", "translated into"]);

    private static readonly Regex CountedLanguages = new(
        @"(?<![\p{L}\p{N}])(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|fifty|hundred)\+?\s+(?:[\p{L}\-]+\s+){0,2}languages(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly Regex EmpiricalCues = TermPattern.Compile([
        "dataset*", "data set*", "benchmark*", "corpus", "corpora", "model*", "LLM*", "train*", "fine-tun*", "evaluat*",
        "experiment*", "annotat*", "classifier*", "detect*", "generat*", "prompt*", "chatbot*", "dialogue*", "dialog*", "text*",
        "conversational", "system*", "assistant*", "agent*", "measur*", "analy*", "NLP", "language technolog*", "method*", "tool*"]);

    /// <summary>The annotation of <paramref name="paper"/>.</summary>
    public PaperAnnotation Annotate(SurveyPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        var evidence = new List<Evidence>();
        var fields = new[] { ("title", paper.Title), ("abstract", paper.Abstract ?? "") };
        foreach (var (field, text) in fields)
        {
            LanguageLexicon.Instance.Find(text, field, evidence);
        }
        var named = evidence.Count > 0;
        var languages = new SortedSet<string>(evidence.Select(e => e.Value), StringComparer.Ordinal);
        var cue = false;
        foreach (var (field, text) in fields)
        {
            foreach (var (entry, match) in DatasetTable.Instance.Find(text))
            {
                languages.UnionWith(entry.Languages);
                cue |= entry.Many;
                evidence.Add(new Evidence(EvidenceKind.Dataset, entry.Many ? "many" : string.Join(' ', entry.Languages), field, match.Index, match.Value));
            }
        }
        foreach (var (field, text) in fields)
        {
            foreach (var pattern in new[] { MultilingualCues, CountedLanguages })
            {
                for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
                {
                    cue = true;
                    evidence.Add(new Evidence(EvidenceKind.MultilingualCue, "multilingual", field, m.Index, m.Value));
                }
            }
        }
        var group = cue || languages.Count > 1 ? LanguageGroup.Multilingual
            : languages.Count == 1 ? (languages.Min == "en" ? LanguageGroup.EnglishOnly : LanguageGroup.NonEnglish)
            : LanguageGroup.None;
        if (group == LanguageGroup.None && FirstEmpiricalCue(fields) is { } empirical)
        {
            group = LanguageGroup.EnglishOnly;
            languages.Add("en");
            evidence.Add(empirical);
        }
        var (subtopic, subtopicEvidence) = SubtopicRules.Classify(paper.Title, paper.Abstract);
        evidence.AddRange(subtopicEvidence);
        return new PaperAnnotation([.. languages], named, group, subtopic, "rules", evidence);
    }

    private static Evidence? FirstEmpiricalCue((string Field, string Text)[] fields)
    {
        foreach (var (field, text) in fields)
        {
            var m = EmpiricalCues.Match(text);
            if (m.Success)
            {
                return new Evidence(EvidenceKind.EmpiricalCue, "en", field, m.Index, m.Value);
            }
        }
        return null;
    }
}
