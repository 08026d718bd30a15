using System.Globalization;
using System.Text;
using System.Text.Json;
using LangGap.Identification;
using LangGap.Identification.Mixing;
using LangGap.Identification.FastText;

namespace LangGap.Cli.Commands;

/// <summary>Renders <c>langgap lid</c> results: one output line per input line.</summary>
internal static class LidRenderer
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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
                    predictions = results[i].Select(p => new { label = p.Label, language = p.Language?.ToBcp47(), probability = (float)p.Probability }),
                }, Json));
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

    /// <summary>
    /// TSV: <c>dominant&lt;TAB&gt;label:share,…&lt;TAB&gt;label[first,end) …</c> (spans as word ranges); JSON: the whole
    /// <see cref="LanguageMixAnalysis"/>. An empty line gives an empty line (TSV) or an analysis without words (JSON).
    /// </summary>
    public static string RenderMix(LanguageIdentifier identifier, IReadOnlyList<string> lines, LidOptions options, CancellationToken cancellationToken)
    {
        var analyzer = new LanguageMixAnalyzer(identifier);
        var analyses = new LanguageMixAnalysis[lines.Count];
        Parallel.For(0, lines.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Threads, CancellationToken = cancellationToken },
            i => analyses[i] = analyzer.Analyze(lines[i]));
        var output = new StringBuilder(lines.Count * 48);
        for (var i = 0; i < analyses.Length; i++)
        {
            var a = analyses[i];
            if (options.Json)
            {
                output.Append(JsonSerializer.Serialize(new
                {
                    line = i + 1,
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
            output.Append('\n');
        }
        return output.ToString();
    }
}
