using System.Globalization;
using System.Text;
using System.Text.Json;
using LangGap.Identification;
using LangGap.Identification.FastText;
using LangGap.Identification.Mixing;

namespace LangGap.Cli.Commands.Lid;

/// <summary>Renders one <c>langgap lid</c> output line per input line.</summary>
internal static class LidRenderer
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
            output.Append(JsonSerializer.Serialize(new
            {
                line = number,
                predictions = predictions.Select(p => new { label = p.Label, language = p.Language?.ToBcp47(), probability = (float)p.Probability }),
            }, Json));
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
            output.Append(JsonSerializer.Serialize(new
            {
                line = number,
                dominant = a.Dominant,
                words = a.WordCount,
                shares = a.Shares.Select(s => new { label = s.Label, language = s.Language?.ToBcp47(), words = s.Words, share = s.Share }),
                spans = a.Spans.Select(s => new { label = s.Label, language = s.Language?.ToBcp47(), start = s.Start, length = s.Length, firstWord = s.FirstWord, words = s.WordCount, probability = (float)s.Probability, text = s.Text }),
            }, Json));
        }
        else if (a.Dominant is not null)
        {
            output.Append(a.Dominant).Append('\t')
                .AppendJoin(',', a.Shares.Select(s => $"{s.Label}:{s.Share.ToString("0.####", CultureInfo.InvariantCulture)}")).Append('\t')
                .AppendJoin(' ', a.Spans.Select(s => $"{s.Label}[{s.FirstWord},{s.FirstWord + s.WordCount})"));
        }
    }
}
