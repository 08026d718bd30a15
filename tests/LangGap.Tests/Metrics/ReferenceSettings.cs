using LangGap.Metrics;

namespace LangGap.Tests.Metrics;

/// <summary>Builds the metric that a settings key of the sacrebleu reference files names (<c>bleu_intl</c>, <c>chrfpp</c>, <c>ter_norm</c>…).</summary>
internal static class ReferenceSettings
{
    public static ICorpusMetric Create(string key) => key switch
    {
        "bleu" or "bleu_13a" => new BleuMetric(),
        "bleu_intl" => new BleuMetric(new BleuOptions { Tokenize = "intl" }),
        "bleu_zh" => new BleuMetric(new BleuOptions { Tokenize = "zh" }),
        "bleu_char" => new BleuMetric(new BleuOptions { Tokenize = "char" }),
        "bleu_none" => new BleuMetric(new BleuOptions { Tokenize = "none" }),
        "bleu_lc" => new BleuMetric(new BleuOptions { Lowercase = true }),
        "bleu_floor" => new BleuMetric(new BleuOptions { Smoothing = BleuSmoothing.Floor }),
        "bleu_addk" => new BleuMetric(new BleuOptions { Smoothing = BleuSmoothing.AddK }),
        "bleu_nosmooth" or "bleu_none_smooth" => new BleuMetric(new BleuOptions { Smoothing = BleuSmoothing.None }),
        "bleu_maxorder2" => new BleuMetric(new BleuOptions { MaxNgramOrder = 2 }),
        "chrf" => new ChrFMetric(),
        "chrfpp" => new ChrFMetric(ChrFOptions.PlusPlus),
        "chrf_ws" => new ChrFMetric(new ChrFOptions { Whitespace = true }),
        "chrf_lc" => new ChrFMetric(new ChrFOptions { Lowercase = true }),
        "chrf_beta1" => new ChrFMetric(new ChrFOptions { Beta = 1 }),
        "chrf_order4" => new ChrFMetric(new ChrFOptions { CharOrder = 4 }),
        "ter" => new TerMetric(),
        "ter_cased" => new TerMetric(new TerOptions { CaseSensitive = true }),
        "ter_nopunct" => new TerMetric(new TerOptions { NoPunct = true }),
        "ter_norm" => new TerMetric(new TerOptions { Normalized = true }),
        _ => throw new ArgumentException($"Unknown reference settings key '{key}'."),
    };

    /// <summary>The sentence-level metric for a per-case key (<c>sentence_bleu_intl</c>…), with sacrebleu's sentence defaults.</summary>
    public static ICorpusMetric CreateSentence(string key) => key switch
    {
        "sentence_bleu" => new BleuMetric(BleuOptions.SentenceDefaults),
        "sentence_bleu_intl" => new BleuMetric(BleuOptions.SentenceDefaults with { Tokenize = "intl" }),
        "sentence_bleu_char" => new BleuMetric(BleuOptions.SentenceDefaults with { Tokenize = "char" }),
        "sentence_chrf" => new ChrFMetric(),
        "sentence_chrfpp" => new ChrFMetric(ChrFOptions.PlusPlus),
        "sentence_ter" => new TerMetric(),
        _ => throw new ArgumentException($"Unknown sentence key '{key}'."),
    };

    /// <summary>Replaces sacrebleu's version in a reference signature with LangGap's.</summary>
    public static string WithOurVersion(string signature) =>
        signature.Replace("version:2.6.0", $"version:{LangGapVersion.Current}", StringComparison.Ordinal);
}
