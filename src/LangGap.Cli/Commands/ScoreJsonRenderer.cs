using System.Text.Encodings.Web;
using System.Text.Json;
using LangGap.Metrics;

namespace LangGap.Cli.Commands;

/// <summary>Renders scores as <c>{"results":[{"system":…,"metric":…,"score":…,"signature":…,"segments":[…]}]}</c>.</summary>
/// <remarks>Scores are written at full precision (shortest round-trip form), so they can be compared with sacrebleu's to any tolerance.</remarks>
internal static class ScoreJsonRenderer
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(IReadOnlyList<SystemScore> results)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            foreach (var result in results)
            {
                writer.WriteStartObject();
                writer.WriteString("system", result.System);
                writer.WriteString("metric", result.Corpus.Metric);
                writer.WriteNumber("score", result.Corpus.Score);
                writer.WriteString("signature", result.Corpus.Signature);
                if (result.Segments is not null)
                {
                    writer.WriteStartArray("segments");
                    foreach (var segment in result.Segments)
                    {
                        writer.WriteNumberValue(segment.Score);
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
