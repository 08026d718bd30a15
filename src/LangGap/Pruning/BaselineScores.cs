using System.Globalization;
using System.Text;
using LangGap.Identification;
using LangGap.Languages;

namespace LangGap.Pruning;

/// <summary>The scores of the baseline pruning methods; higher means more worth keeping under keep-high.</summary>
public static class BaselineScores
{
    /// <summary>A uniform score in [0, 1) per pair from a generator seeded with <paramref name="seed"/>.</summary>
    public static double[] Random(ParallelCorpus corpus, int seed)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var random = new Random(seed);
        return corpus.Examples.Select(_ => random.NextDouble()).ToArray();
    }

    /// <summary>Source plus target length in Unicode code points.</summary>
    public static double[] Length(ParallelCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        return corpus.Examples.Select(e => (double)(CodePoints(e.Source) + CodePoints(e.Target))).ToArray();
    }

    /// <summary>Minus |log(source length / target length) − the corpus median of that log ratio|, per language pair,
    /// so pairs whose length ratio is typical score near 0 and outliers (truncations, misalignments) score low.</summary>
    public static double[] LengthRatio(ParallelCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var logRatio = corpus.Examples.Select(e => Math.Log((CodePoints(e.Source) + 1.0) / (CodePoints(e.Target) + 1.0))).ToArray();
        var medians = corpus.Examples.Select((e, i) => (e.Pair, logRatio[i])).GroupBy(p => p.Pair)
            .ToDictionary(g => g.Key, g => Median(g.Select(p => p.Item2).ToArray()), StringComparer.Ordinal);
        return corpus.Examples.Select((e, i) => -Math.Abs(logRatio[i] - medians[e.Pair])).ToArray();
    }

    /// <summary>The smaller of the probabilities <paramref name="identifier"/> gives each side's declared language
    /// (0 when the declared language is not among its 10 best guesses).</summary>
    /// <exception cref="InvalidInputException">A pair does not declare both languages, or declares one LangGap does not know.</exception>
    public static double[] Lid(ParallelCorpus corpus, LanguageIdentifier identifier)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(identifier);
        var tags = new Dictionary<string, LanguageTag>(StringComparer.Ordinal);
        LanguageTag Tag(ParallelExample e, string? code, string side)
        {
            if (code is null)
            {
                throw new InvalidInputException($"{corpus.Name}: pair '{e.Id}' declares no {side} language; the lid method needs both (give --{side}-language).");
            }
            if (!tags.TryGetValue(code, out var tag))
            {
                tag = LanguageTag.TryParse(code, out var parsed) ? parsed
                    : throw new InvalidInputException($"{corpus.Name}: pair '{e.Id}' declares the unknown {side} language '{code}'.");
                tags[code] = tag;
            }
            return tag;
        }
        var sourceTags = corpus.Examples.Select(e => Tag(e, e.SourceLanguage, "source")).ToArray();
        var targetTags = corpus.Examples.Select(e => Tag(e, e.TargetLanguage, "target")).ToArray();
        var sources = identifier.IdentifyBatch(corpus.Examples.Select(e => e.Source).ToArray(), k: 10);
        var targets = identifier.IdentifyBatch(corpus.Examples.Select(e => e.Target).ToArray(), k: 10);
        static double ProbabilityOf(IReadOnlyList<LanguagePrediction> predictions, LanguageTag tag) =>
            predictions.FirstOrDefault(p => p.Language is not null && LanguageTag.Equivalent(p.Language, tag))?.Probability ?? 0;
        return corpus.Examples.Select((_, i) => Math.Min(ProbabilityOf(sources[i], sourceTags[i]), ProbabilityOf(targets[i], targetTags[i]))).ToArray();
    }

    /// <summary>0 for a pair that repeats an earlier pair of the same language pair exactly or after normalisation (case,
    /// punctuation, digits and spacing folded) on either side, or whose target copies its source after normalisation;
    /// 1 otherwise. The same source translated into several target languages is not a duplicate.</summary>
    public static double[] Duplicates(ParallelCorpus corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var sources = new HashSet<(string, string)>();
        var targets = new HashSet<(string, string)>();
        var scores = new double[corpus.Count];
        for (var i = 0; i < corpus.Count; i++)
        {
            var e = corpus.Examples[i];
            var source = Normalize(e.Source);
            var target = Normalize(e.Target);
            var repeated = !sources.Add((e.Pair, source)) | !targets.Add((e.Pair, target));
            scores[i] = repeated || source == target ? 0 : 1;
        }
        return scores;
    }

    /// <summary>Lower-cased letters and marks only, words separated by one space: the key of a near duplicate.</summary>
    internal static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsLetter(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                builder.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                space = true;
            }
        }
        return builder.ToString();
    }

    internal static int CodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }
        return count;
    }

    internal static double Median(double[] values)
    {
        if (values.Length == 0)
        {
            return double.NaN;
        }
        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
