namespace LangGap.Survey.Annotation;

/// <summary>The names groups and subtopics have in papers.csv, JSON, reports and label files.</summary>
public static class SurveyLabels
{
    /// <summary>Every group, in report order.</summary>
    public static IReadOnlyList<LanguageGroup> Groups { get; } = Enum.GetValues<LanguageGroup>();

    /// <summary>Every subtopic, in report order.</summary>
    public static IReadOnlyList<Subtopic> Subtopics { get; } = Enum.GetValues<Subtopic>();

    /// <summary><c>english-only</c>, <c>non-english</c>, <c>multilingual</c> or <c>none</c>.</summary>
    public static string Name(LanguageGroup group) => group switch
    {
        LanguageGroup.EnglishOnly => "english-only",
        LanguageGroup.NonEnglish => "non-english",
        LanguageGroup.Multilingual => "multilingual",
        _ => "none",
    };

    /// <summary><c>jailbreaking</c>, <c>toxicity &amp; bias</c>, <c>factuality &amp; hallucination</c>, <c>privacy</c>, <c>policy</c>, <c>alignment</c> or <c>not safety</c>.</summary>
    public static string Name(Subtopic subtopic) => subtopic switch
    {
        Subtopic.Jailbreaking => "jailbreaking",
        Subtopic.ToxicityBias => "toxicity & bias",
        Subtopic.FactualityHallucination => "factuality & hallucination",
        Subtopic.Privacy => "privacy",
        Subtopic.Policy => "policy",
        Subtopic.Alignment => "alignment",
        _ => "not safety",
    };

    /// <summary>Parses a group name; case, spaces, hyphens and underscores are ignored (<c>English only</c>, <c>english_only</c>).</summary>
    public static bool TryParseGroup(string? text, out LanguageGroup group)
    {
        var key = Key(text);
        foreach (var candidate in Groups)
        {
            if (Key(Name(candidate)) == key || (candidate == LanguageGroup.NonEnglish && key == "nonenglishmonolingual"))
            {
                group = candidate;
                return true;
            }
        }
        group = LanguageGroup.None;
        return false;
    }

    /// <summary>Parses a subtopic name; case, spaces, hyphens, underscores and "&amp;"/"and" are ignored.</summary>
    public static bool TryParseSubtopic(string? text, out Subtopic subtopic)
    {
        var key = Key(text);
        foreach (var candidate in Subtopics)
        {
            var name = Key(Name(candidate));
            if (name == key || name.Split('&')[0] == key)
            {
                subtopic = candidate;
                return true;
            }
        }
        subtopic = Subtopic.NotSafety;
        return false;
    }

    private static string Key(string? text) =>
        new string((text ?? "").ToLowerInvariant().Replace(" and ", "&", StringComparison.Ordinal)
            .Where(c => c is not (' ' or '-' or '_')).ToArray());
}
