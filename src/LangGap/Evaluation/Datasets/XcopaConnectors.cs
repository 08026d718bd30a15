namespace LangGap.Evaluation.Datasets;

/// <summary>The words that join an XCOPA premise to its cause or effect in each language, as the XGLM paper (Lin et al.,
/// 2022) prompts them and lm-evaluation-harness uses them ("because" / "therefore").</summary>
internal static class XcopaConnectors
{
    private static readonly Dictionary<string, (string Cause, string Effect)> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = ("because", "therefore"),
        ["et"] = ("sest", "seetõttu"),
        ["ht"] = ("poukisa", "donk sa"),
        ["id"] = ("karena", "maka"),
        ["it"] = ("perché", "quindi"),
        ["qu"] = ("imataq", "chaymi"),
        ["sw"] = ("kwa sababu", "kwa hiyo"),
        ["ta"] = ("காரணமாக", "எனவே"),
        ["th"] = ("เพราะ", "ดังนั้น"),
        ["tr"] = ("çünkü", "bu yüzden"),
        ["vi"] = ("bởi vì", "vì vậy"),
        ["zh"] = ("因为", "所以"),
    };

    /// <summary>The connectors of <paramref name="language"/> (a primary subtag), or <see langword="null"/>.</summary>
    public static (string Cause, string Effect)? For(string language) => ByLanguage.TryGetValue(language, out var c) ? c : null;
}
