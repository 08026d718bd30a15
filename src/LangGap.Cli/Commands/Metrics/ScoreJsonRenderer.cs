using System.Text.Encodings.Web;
using System.Text.Json;
using LangGap.Metrics;

namespace LangGap.Cli.Commands.Metrics;

/// <summary>
/// Renders scores as <c>{"results":[{"system","metric","score","signature","confidence"?,"segments"?:[{"score","signature"}]}]}</c>.
/// </summary>
/// <remarks>
/// Scores are written at full precision (shortest round-trip form), so they can be compared with sacrebleu's to any
/// tolerance. Each segment carries its own signature because it can differ from the corpus one: sentence BLEU uses
/// effective order (<c>eff:yes</c>), corpus BLEU does not unless asked.
/// </remarks>
internal static class ScoreJsonRenderer
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(IReadOnlyList<SystemScore> results, IReadOnlyList<ScoreConfidence>? estimates)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            for (var i = 0; i < results.Count; i++)
            {
                var result = results[i];
                var estimate = estimates?[i];
                writer.WriteStartObject();
                writer.WriteString("system", result.System);
                writer.WriteString("metric", result.Corpus.Metric);
                writer.WriteNumber("score", result.Corpus.Score);
                writer.WriteString("signature", estimate?.Signature ?? result.Corpus.Signature);
                if (estimate is not null)
                {
                    writer.WriteStartObject("confidence");
                    writer.WriteNumber("mean", estimate.Mean);
                    writer.WriteNumber("half_width", estimate.HalfWidth);
                    writer.WriteEndObject();
                }
                if (result.Segments is not null)
                {
                    writer.WriteStartArray("segments");
                    foreach (var segment in result.Segments)
                    {
                        writer.WriteStartObject();
                        writer.WriteNumber("score", segment.Score);
                        writer.WriteString("signature", segment.Signature);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
