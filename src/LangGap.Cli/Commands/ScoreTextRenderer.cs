using System.Text;
using LangGap.Metrics;

namespace LangGap.Cli.Commands;

/// <summary>Renders scores as sacrebleu prints them: <c>BLEU|nrefs:1|…|version:0.1.0 = 26.3 58.2/31.4/… (BP = …)</c>.</summary>
internal static class ScoreTextRenderer
{
    public static string Render(IReadOnlyList<SystemScore> results, bool prefixSystem)
    {
        var builder = new StringBuilder();
        foreach (var result in results)
        {
            var prefix = prefixSystem ? $"{result.System}: " : "";
            foreach (var segment in result.Segments ?? [])
            {
                builder.Append(prefix).Append(Line(segment)).Append('\n');
            }
            builder.Append(prefix).Append(Line(result.Corpus)).Append('\n');
        }
        return builder.ToString();
    }

    // sacrebleu's Score.format with its default width of 1.
    private static string Line(MetricScore score)
    {
        var line = $"{score.Metric}|{score.Signature} = {PythonFormat.Fixed(score.Score, 1)}";
        return score.Detail is null ? line : $"{line} {score.Detail}";
    }
}
