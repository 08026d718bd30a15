using System.Text.Json;
using LangGap.Metrics;
using LangGap.Text;

namespace LangGap.Reports;

/// <summary>Corpus chrF/BLEU of a set of reference-metric scores, from their summed segment statistics; and their signatures.</summary>
internal static class CorpusScores
{
    /// <summary>The corpus score, or null when the rows carry no statistics.</summary>
    public static double? Of(IEnumerable<ReportRow> rows)
    {
        double[]? totals = null;
        ICorpusMetric? metric = null;
        var references = 1;
        foreach (var row in rows)
        {
            if (row.Value is null || row.DetailsJson is null || !row.DetailsJson.Contains("\"stats\"", StringComparison.Ordinal))
            {
                continue;
            }
            using var doc = JsonDocument.Parse(row.DetailsJson);
            var root = doc.RootElement;
            if (!root.TryGetProperty("stats", out var stats) || !root.TryGetProperty("settings", out var settings))
            {
                continue;
            }
            metric ??= MetricOf(settings);
            if (metric is null)
            {
                return null;
            }
            references = root.TryGetProperty("references", out var r) ? r.GetInt32() : 1;
            var values = stats.EnumerateArray().Select(v => v.GetDouble()).ToArray();
            totals ??= new double[values.Length];
            if (values.Length != totals.Length)
            {
                return null;
            }
            for (var i = 0; i < values.Length; i++)
            {
                totals[i] += values[i];
            }
        }
        if (totals is null || metric is null)
        {
            return null;
        }
        return metric switch
        {
            ChrFMetric chrf => chrf.Score(totals, references).Score,
            BleuMetric bleu => bleu.Score(totals, references).Score,
            _ => null,
        };
    }

    /// <summary>The distinct signatures found in score details, sorted.</summary>
    public static IReadOnlyList<string> Signatures(IEnumerable<ReportRow> rows) =>
        [.. rows.Where(r => r.DetailsJson?.Contains("\"signature\"", StringComparison.Ordinal) == true)
            .Select(r => (r.Scorer, Signature: Field(r.DetailsJson!, "signature")))
            .Where(s => s.Signature is not null)
            .Select(s => $"{s.Scorer}: {s.Signature}")
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>A top-level string field of a details object, or null.</summary>
    public static string? Field(string detailsJson, string name)
    {
        try
        {
            using var doc = JsonDocument.Parse(detailsJson);
            return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
                ? v.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ICorpusMetric? MetricOf(JsonElement s)
    {
        static int? Int(JsonElement e, string n) => e.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
        static bool Bool(JsonElement e, string n) => e.TryGetProperty(n, out var v) && v.ValueKind == JsonValueKind.True;
        var name = s.TryGetProperty("metric", out var m) ? m.GetString() : null;
        return name switch
        {
            "chrf" => new ChrFMetric(new ChrFOptions
            {
                CharOrder = Int(s, "char_order") ?? 6,
                WordOrder = Int(s, "word_order") ?? 0,
                Beta = Int(s, "beta") ?? 2,
                Lowercase = Bool(s, "lowercase"),
                Whitespace = Bool(s, "whitespace"),
            }),
            // The corpus BLEU of sentence-scored segments uses sacrebleu's corpus defaults with the stored tokenizer.
            "bleu" => new BleuMetric(new BleuOptions
            {
                Lowercase = Bool(s, "lowercase"),
                Tokenize = s.TryGetProperty("tokenize", out var t) && t.GetString() is { } tok ? tok : MetricTokenizers.Default,
            }),
            _ => null,
        };
    }
}
