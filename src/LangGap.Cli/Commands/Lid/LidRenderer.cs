using System.Globalization;
using System.Text;
using System.Text.Json;
using LangGap.Identification;
using LangGap.Identification.FastText;
using LangGap.Identification.Mixing;
using LangGap.Languages;

namespace LangGap.Cli.Commands.Lid;

/// <summary>Renders one <c>langgap lid</c> output line per input line.</summary>
internal static class LidRenderer
{
    // Written with Utf8JsonWriter, not the reflection-based serializer, so the natively compiled executable
    // (StandaloneCatalog) prints the same bytes as langgap.
    private static readonly JsonWriterOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static void AppendJson(StringBuilder output, Action<Utf8JsonWriter> write)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, Json))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        output.Append(Encoding.UTF8.GetString(buffer.WrittenSpan));
    }

    // A fastText label and the language it names (JSON null when the label names none).
    private static void WriteLabel(Utf8JsonWriter writer, string label, LanguageTag? language)
    {
        writer.WriteString("label", label);
        writer.WriteString("language", language?.ToBcp47());
    }

    /// <summary>Appends the output line (with its newline) for input line <paramref name="number"/> (1-based).</summary>
    public static void Append(StringBuilder output, LanguageIdentifier identifier, LanguageMixAnalyzer? mix, ReadOnlySpan<byte> line, bool endOfLine, long number, LidOptions options)
    {
        if (!options.FastText)
        {
            // Canonically equivalent spellings (NFC, NFD, precomposed nukta letters) get one answer; --format fasttext
            // reads the bytes as given, as fastText does.
            line = Nfc(line);
        }
        if (mix is not null)
        {
            AppendMix(output, mix.Analyze(Encoding.UTF8.GetString(line)), number, options.Json);
        }
        else if (options.FastText)
        {
            // fastText predicts a line without words from its end-of-line token, so every line gets predictions.
            var heap = identifier.PredictUtf8(line, options.K, (float)options.Threshold, likeFastText: true, endOfLine);
            for (var j = 0; j < heap.Count; j++)
            {
                var (score, label) = heap[j];
                output.Append(j > 0 ? " " : "").Append(identifier.StoredLabel(label)).Append(' ').Append(FastTextFormat.Probability(MathF.Exp(score)));
            }
        }
        else if (options.Json)
        {
            var predictions = identifier.IdentifyUtf8(line, options.K, options.Threshold);
            AppendJson(output, w =>
            {
                w.WriteNumber("line", number);
                w.WriteStartArray("predictions");
                foreach (var p in predictions)
                {
                    w.WriteStartObject();
                    WriteLabel(w, p.Label, p.Language);
                    w.WriteNumber("probability", (float)p.Probability);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
        }
        else
        {
            var heap = identifier.PredictUtf8(line, options.K, (float)options.Threshold, likeFastText: false, endOfLine);
            for (var j = 0; j < heap.Count; j++)
            {
                var (score, label) = heap[j];
                output.Append(j > 0 ? "\t" : "").Append(identifier.Label(label)).Append('\t').Append(FastTextFormat.Probability(MathF.Exp(score)));
            }
        }
        output.Append('\n');
    }

    /// <summary>
    /// TSV: <c>dominant&lt;TAB&gt;label:share,…&lt;TAB&gt;label[first,end) …</c> (spans as word ranges); JSON: the whole
    /// <see cref="LanguageMixAnalysis"/>. An empty line gives an empty line (TSV) or an analysis without words (JSON).
    /// </summary>
    private static ReadOnlySpan<byte> Nfc(ReadOnlySpan<byte> line)
    {
        if (System.Text.Ascii.IsValid(line))
        {
            return line;
        }
        var text = Encoding.UTF8.GetString(line);
        return text.IsNormalized(NormalizationForm.FormC) ? line : Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormC));
    }

    private static void AppendMix(StringBuilder output, LanguageMixAnalysis a, long number, bool json)
    {
        if (json)
        {
            AppendJson(output, w =>
            {
                w.WriteNumber("line", number);
                w.WriteString("dominant", a.Dominant);
                w.WriteNumber("words", a.WordCount);
                w.WriteStartArray("shares");
                foreach (var s in a.Shares)
                {
                    w.WriteStartObject();
                    WriteLabel(w, s.Label, s.Language);
                    w.WriteNumber("words", s.Words);
                    w.WriteNumber("share", s.Share);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("spans");
                foreach (var s in a.Spans)
                {
                    w.WriteStartObject();
                    WriteLabel(w, s.Label, s.Language);
                    w.WriteNumber("start", s.Start);
                    w.WriteNumber("length", s.Length);
                    w.WriteNumber("firstWord", s.FirstWord);
                    w.WriteNumber("words", s.WordCount);
                    w.WriteNumber("probability", (float)s.Probability);
                    w.WriteString("text", s.Text);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            });
        }
        else if (a.Dominant is not null)
        {
            output.Append(a.Dominant).Append('\t')
                .AppendJoin(',', a.Shares.Select(s => $"{s.Label}:{s.Share.ToString("0.####", CultureInfo.InvariantCulture)}")).Append('\t')
                .AppendJoin(' ', a.Spans.Select(s => $"{s.Label}[{s.FirstWord},{s.FirstWord + s.WordCount})"));
        }
    }
}
