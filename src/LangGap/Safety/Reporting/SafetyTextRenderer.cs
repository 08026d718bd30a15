using System.Globalization;

namespace LangGap.Safety.Reporting;

/// <summary>Renders a safety report as console tables.</summary>
public static class SafetyTextRenderer
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    public static void Render(SafetyReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteLine($"Safety{(report.Suite is { } s ? $": {s}" : "")} (rate [Wilson 95% CI] k/n; unscored counted apart as u, never as 0)");
        foreach (var note in report.Notes)
        {
            writer.WriteLine(note);
        }
        writer.WriteLine();
        var scorers = report.Scorers.Keys.ToList();
        foreach (var model in report.Models)
        {
            writer.WriteLine($"model {model}: language × global/local × harm category");
            var rows = new List<IReadOnlyList<string>>();
            foreach (var group in report.Cells.Where(c => c.Model == model).GroupBy(c => (c.Language, c.Category, c.Scope)))
            {
                var (language, category, scope) = group.Key;
                if (category != SafetyReport.All && scope != SafetyReport.All)
                {
                    continue;
                }
                rows.Add([language, scope, category, .. scorers.Select(sc => group.FirstOrDefault(c => c.Scorer == sc) is { } cell ? Cell(cell) : "")]);
            }
            TextTable.Write(writer, ["language", "scope", "category", .. scorers.Select(sc => $"{sc} ({report.Scorers[sc]})")], rows);
            var worst = report.Worst.Where(w => w.Model == model).Select(w => Worst(w));
            writer.WriteLine($"worst language by direction: {string.Join("; ", worst)}");
            writer.WriteLine();
        }
        if (report.Gaps.Count > 0)
        {
            writer.WriteLine($"gap to {report.Reference} (paired by item: exact McNemar; unpaired: Fisher's exact; {report.Correction} across languages)");
            TextTable.Write(writer, ["model", "scorer", "language", "rate", report.Reference, "gap", "worse", "test", "n", "b|c", "p", $"p ({report.Correction})"],
                [.. report.Gaps.Select(g => (IReadOnlyList<string>)[g.Model, g.Scorer, g.Language, F(g.Rate), F(g.ReferenceRate), Signed(g.Gap), g.Worse ? "yes" : "no", g.Test,
                    I(g.Pairs), g.Discordant ?? "", P(g.PValue), P(g.Adjusted)])]);
        }
        if (report.Comparisons.Count > 0)
        {
            writer.WriteLine($"model against baseline per language (exact McNemar on the same prompts; {report.Correction} across languages)");
            TextTable.Write(writer, ["scorer", "language", "A", "B", "rate A", "rate B", "pairs", "only A", "only B", "p", $"p ({report.Correction})", "better"],
                [.. report.Comparisons.Select(c => (IReadOnlyList<string>)[c.Scorer, c.Language, c.ModelA, c.ModelB, F(c.RateA), F(c.RateB), I(c.Pairs), I(c.OnlyA), I(c.OnlyB),
                    P(c.PValue), P(c.Adjusted), c.BetterModel ?? "="])]);
        }
        if (report.TradeOff.Count > 0)
        {
            writer.WriteLine("harm against general quality (quality: mean with percentile-bootstrap 95% CI over prompts)");
            TextTable.Write(writer, ["model", "harm", "rate [95% CI]", "refusal", "quality", "mean [95% CI]", "n"],
                [.. report.TradeOff.Select(t => (IReadOnlyList<string>)[t.Model, t.HarmScorer, Interval(t.HarmRate, t.HarmLower, t.HarmUpper), t.RefusalRate is { } r ? F(r) : "",
                    t.QualityScorer is null ? "(none in this run)" : $"{t.QualityTask}/{t.QualityScorer}", Interval(t.Quality, t.QualityLower, t.QualityUpper), I(t.QualityN)])]);
        }
        if (report.Agreement.Count > 0)
        {
            writer.WriteLine("harm judge against human labels (Wilson 95% CIs)");
            TextTable.Write(writer, ["language", "n", "TP", "FP", "TN", "FN", "kappa", "alpha", "sensitivity", "specificity"],
                [.. report.Agreement.Select(a => (IReadOnlyList<string>)[a.Language, I(a.N), I(a.TruePositive), I(a.FalsePositive), I(a.TrueNegative), I(a.FalseNegative),
                    a.Kappa is { } k ? F(k) : "n/a", a.Alpha is { } al ? F(al) : "n/a", Interval(a.Sensitivity, a.SensitivityLower, a.SensitivityUpper),
                    Interval(a.Specificity, a.SpecificityLower, a.SpecificityUpper)])]);
        }
        if (report.Corrected.Count > 0)
        {
            writer.WriteLine("harmful rate corrected for the judge's error (Rogan–Gladen, clipped to [0, 1]; bootstrap over labels and verdicts)");
            TextTable.Write(writer, ["model", "language", "judged", "n", "Se", "Sp", "labelled", "corrected [95% CI]", "note"],
                [.. report.Corrected.Select(c => (IReadOnlyList<string>)[c.Model, c.Language, F(c.JudgedRate), I(c.JudgedN), c.Sensitivity is { } se ? F(se) : "n/a",
                    c.Specificity is { } sp ? F(sp) : "n/a", I(c.LabelledN), Interval(c.Corrected, c.Lower, c.Upper), c.Note ?? ""])]);
        }
    }

    private static string Cell(SafetyCell c) =>
        (c.Rate is { } r ? $"{F(r)} [{F(c.Lower!.Value)}, {F(c.Upper!.Value)}] {I(c.Count)}/{I(c.N)}" : $"- 0/0") + (c.Unscored > 0 ? $" u{I(c.Unscored)}" : "");

    private static string Interval(double? value, double? lower, double? upper) =>
        value is not { } v ? "n/a" : lower is { } l && upper is { } u ? $"{F(v)} [{F(l)}, {F(u)}]" : F(v);

    private static string Worst(SafetyWorst w) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{w.Scorer} {(w.Languages.Count == 1 ? w.Languages[0] : "tie of " + w.Languages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + string.Join(" ", w.Languages))} {F(w.Rate)} (n={w.N})");

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Signed(double v) => v.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture);

    private static string P(double v) => v < 0.001 ? "<0.001" : v.ToString("0.000", CultureInfo.InvariantCulture);

    private static string I(int v) => v.ToString(CultureInfo.InvariantCulture);
}
