using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using LangGap.Statistics;
using LangGap.Synthesis.Selection;

namespace LangGap.Cli.Commands.Synthesis;

/// <summary>Prints a <see cref="SelectionProfile"/> as a table or as JSON.</summary>
internal static class SelectionProfileRenderer
{
    public static async Task WriteAsync(TextWriter output, string format, SteerHeader header, SelectionProfile profile)
    {
        var inv = CultureInfo.InvariantCulture;
        if (format == "json")
        {
            var json = new JsonObject
            {
                ["prompts"] = header.Prompts,
                ["selected"] = header.Selected,
                ["models"] = header.Models,
                ["k"] = header.K,
                ["objective"] = header.Objective,
                ["out"] = header.Output,
                ["baseline_out"] = header.Baseline,
                ["correction"] = profile.Correction.ToValue(),
                ["resamples"] = profile.Resamples,
                ["seed"] = profile.Seed,
                ["rows"] = new JsonArray([.. profile.Rows.Select(r => (JsonNode)new JsonObject
                {
                    ["language"] = r.Language,
                    ["attribute"] = r.Attribute,
                    ["unit"] = r.Descriptor.Unit,
                    ["n"] = r.Pairs,
                    ["selected"] = Finite(r.Selected),
                    ["random"] = Finite(r.Random),
                    ["difference"] = Finite(r.Difference),
                    ["ci_lower"] = Finite(r.Lower),
                    ["ci_upper"] = Finite(r.Upper),
                    ["test"] = r.Test,
                    ["p"] = Finite(r.PValue),
                    ["p_adjusted"] = Finite(r.AdjustedPValue),
                })]),
            };
            await output.WriteLineAsync(json.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return;
        }
        await output.WriteLineAsync(string.Create(inv,
            $"steer: {header.Selected} of {header.Prompts} prompts selected, best of {header.K * header.Models} ({header.Models} model(s) × k {header.K}) by {header.Objective}"));
        await output.WriteLineAsync($"wrote {header.Output}" + (header.Baseline is null ? "" : $" and the random choice {header.Baseline}"));
        var tested = profile.Rows.Count(r => r.Pairs > 0);
        await output.WriteLineAsync(string.Create(inv,
            $"selected vs a random choice from the same candidates, paired by prompt (95% paired-bootstrap CI, {profile.Resamples} resamples, seed {profile.Seed}; p {profile.Correction.ToDisplayName()}-corrected over {tested} tests)"));
        var rows = new List<string[]> { new[] { "language", "attribute", "n", "selected", "random", "diff", "95% CI", "test", "p", "p adj" } };
        foreach (var r in profile.Rows)
        {
            var d = r.Descriptor;
            rows.Add(r.Pairs == 0
                ? [r.Language, r.Attribute, "0", "-", "-", "-", "-", "-", "-", "-"]
                : [r.Language, r.Attribute, r.Pairs.ToString(inv), d.Format(r.Selected), d.Format(r.Random), d.FormatSigned(r.Difference),
                   $"[{d.FormatSigned(r.Lower)}, {d.FormatSigned(r.Upper)}]", r.Test, P(r.PValue), P(r.AdjustedPValue)]);
        }
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            await output.WriteLineAsync(string.Join("  ", row.Select((cell, c) => c < 2 || c == 7 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
        }
    }

    private static string P(double p) => p < 0.0001 ? "<0.0001" : p.ToString("F4", CultureInfo.InvariantCulture);

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
