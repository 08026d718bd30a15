using System.Globalization;
using System.Text;
using System.Text.Json;
using LangGap.Statistics;
using LangGap.Metrics.Significance;
using LangGap.Statistics.Resampling;

namespace LangGap.Cli.Commands.Metrics;

/// <summary>Renders paired-test results as sacrebleu-style text or LangGap's JSON.</summary>
internal static class PairedResultRenderer
{
    private const double Threshold = 0.05;

    /// <summary><c>{"results":[{"system","metric","score","mean","ci","p_value","p_adjusted"}]}</c>, system by system.</summary>
    public static string Json(IReadOnlyList<PairedMetricResult> results)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("results");
            for (var s = 0; s < results[0].Rows.Count; s++)
            {
                foreach (var metric in results)
                {
                    var row = metric.Rows[s];
                    writer.WriteStartObject();
                    writer.WriteString("system", row.System);
                    writer.WriteString("metric", metric.Metric);
                    writer.WriteNumber("score", row.Score);
                    Nullable(writer, "mean", row.Mean);
                    Nullable(writer, "ci", row.Ci);
                    Nullable(writer, "p_value", row.PValue);
                    Nullable(writer, "p_adjusted", row.PAdjusted);
                    writer.WriteEndObject();
                }
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + Environment.NewLine;
    }

    /// <summary>A table (one row per system, one column per metric), the test's explanation, and the signatures.</summary>
    /// <param name="results">The test's results, one per metric.</param>
    /// <param name="options">The test's settings.</param>
    /// <param name="confidenceResamples">With approximate randomisation: the bootstrap resamples behind the rows' μ ± CI, or null when there are none.</param>
    public static string Text(IReadOnlyList<PairedMetricResult> results, PairedTestOptions options, int? confidenceResamples = null)
    {
        var bootstrap = options.Method == PairedTestMethod.Bootstrap;
        var withInterval = bootstrap || confidenceResamples is not null;
        var corrected = options.Correction != PValueCorrection.None;
        var headers = new List<string> { "System" };
        headers.AddRange(results.Select(r => withInterval ? $"{r.Metric} (μ ± 95% CI)" : r.Metric));
        var table = new List<string[]> { headers.ToArray() };
        for (var s = 0; s < results[0].Rows.Count; s++)
        {
            var cells = new List<string> { s == 0 ? $"Baseline: {results[0].Rows[0].System}" : results[0].Rows[s].System };
            cells.AddRange(results.Select(r => Cell(r.Rows[s], corrected)));
            table.Add(cells.ToArray());
        }
        var widths = Enumerable.Range(0, headers.Count).Select(c => table.Max(row => row[c].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in table)
        {
            text.AppendLine(string.Join("  ", row.Select((cell, c) => c == 0 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]))).TrimEnd());
        }
        text.AppendLine();
        var title = bootstrap
            ? $"Paired bootstrap resampling test with {options.EffectiveSamples} resampling trials"
            : $"Paired approximate randomization test with {options.EffectiveSamples} trials";
        text.AppendLine(new string('-', title.Length)).AppendLine(title).AppendLine(new string('-', title.Length));
        text.AppendLine($" - Each system is pairwise compared to the baseline, {results[0].Rows[0].System}.");
        text.AppendLine(bootstrap
            ? "   Actual system score / bootstrap estimated true mean / 95% CI are provided for each metric."
            : confidenceResamples is { } n
                ? $"   Actual system score / bootstrap estimated true mean / 95% CI ({n} resamples) are provided for each metric."
                : "   Actual system score is provided for each metric.");
        text.AppendLine($" - p-values ≤ {Threshold.ToString(CultureInfo.InvariantCulture)} are marked with \"*\"" +
            (corrected ? $" after the {options.Correction.ToDisplayName()} correction over {Comparisons(results[0].Rows.Count - 1)} per metric." : $" ({options.Correction.ToDisplayName()})."));
        text.AppendLine("   The null hypothesis is that the system and the baseline come from the same process;");
        text.AppendLine("   significance says the systems differ, not which one is better.");
        text.AppendLine();
        text.AppendLine("-----------------").AppendLine("Metric signatures").AppendLine("-----------------");
        foreach (var result in results)
        {
            text.AppendLine($" - {result.Metric,-10} {result.Signature}");
        }
        return text.ToString();
    }

    private static string Cell(PairedSystemResult row, bool corrected)
    {
        var cell = F(row.Score, 1);
        if (row.Mean is { } mean && row.Ci is { } ci)
        {
            cell += $" ({F(mean, 1)} ± {F(ci, 1)})";
        }
        if ((corrected ? row.PAdjusted : row.PValue) is { } p)
        {
            cell += $" (p = {F(p, 4)}){(p <= Threshold ? "*" : "")}";
        }
        return cell;
    }

    private static string Comparisons(int count) => count == 1 ? "1 comparison" : $"{count} comparisons";

    private static string F(double value, int decimals) => value.ToString("F" + decimals, CultureInfo.InvariantCulture);

    private static void Nullable(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
