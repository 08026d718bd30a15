using System.Text;
using LangGap.Metrics;

namespace LangGap.Cli.Commands.Metrics;

/// <summary>Renders scores as sacrebleu prints them: <c>BLEU|nrefs:1|…|version:0.1.0 = 26.3 58.2/31.4/… (BP = …)</c>.</summary>
internal static class ScoreTextRenderer
{
    /// <summary>One line per segment (when asked for) and per corpus score; <paramref name="estimates"/> adds <c>(μ = … ± …)</c> as sacrebleu's <c>--confidence</c>.</summary>
    public static string Render(IReadOnlyList<SystemScore> results, IReadOnlyList<ScoreConfidence>? estimates, bool prefixSystem)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var prefix = prefixSystem ? $"{result.System}: " : "";
            foreach (var segment in result.Segments ?? [])
            {
                builder.Append(prefix).Append(Line(segment, null)).Append('\n');
            }
            builder.Append(prefix).Append(Line(result.Corpus, estimates?[i])).Append('\n');
        }
        return builder.ToString();
    }

    // sacrebleu's Score.format with its default width of 1.
    private static string Line(MetricScore score, ScoreConfidence? estimate)
    {
        var line = estimate is null
            ? $"{score.Metric}|{score.Signature} = {PythonFormat.Fixed(score.Score, 1)}"
            : $"{score.Metric}|{estimate.Signature} = {PythonFormat.Fixed(score.Score, 1)} (μ = {PythonFormat.Fixed(estimate.Mean, 1)} ± {PythonFormat.Fixed(estimate.HalfWidth, 1)})";
        return score.Detail is null ? line : $"{line} {score.Detail}";
    }
}
