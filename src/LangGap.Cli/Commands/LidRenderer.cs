using System.Text;
using System.Text.Json;
using LangGap.Identification;
using LangGap.Identification.FastText;

namespace LangGap.Cli.Commands;

/// <summary>Renders <c>langgap lid</c> results: one output line per input line.</summary>
internal static class LidRenderer
{
    public static string RenderPredictions(LanguageIdentifier identifier, IReadOnlyList<string> lines, LidOptions options, CancellationToken cancellationToken)
    {
        var results = identifier.IdentifyBatch(lines, options.K, options.Threshold, options.Threads, cancellationToken);
        var output = new StringBuilder(lines.Count * 24);
        for (var i = 0; i < results.Count; i++)
        {
            if (options.Json)
            {
                output.Append(JsonSerializer.Serialize(new
                {
                    line = i + 1,
                    predictions = results[i].Select(p => new { label = p.Label, probability = p.Probability }),
                }));
            }
            else
            {
                for (var j = 0; j < results[i].Count; j++)
                {
                    if (j > 0)
                    {
                        output.Append('\t');
                    }
                    output.Append(results[i][j].Label).Append('\t').Append(FastTextFormat.Probability(results[i][j].Probability));
                }
            }
            output.Append('\n');
        }
        return output.ToString();
    }

    public static string RenderMix(LanguageIdentifier identifier, IReadOnlyList<string> lines, LidOptions options, CancellationToken cancellationToken) =>
        throw new UsageException("--mix is not available yet.");
}
