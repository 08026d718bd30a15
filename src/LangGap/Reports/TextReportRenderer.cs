using System.Globalization;
using System.Text;

namespace LangGap.Reports;

/// <summary>Renders a report as plain aligned text tables for a terminal.</summary>
public static class TextReportRenderer
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    public static void Render(RunReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var languages = report.Transparency.Languages.ToDictionary(l => l.Code, StringComparer.Ordinal);
        foreach (var measure in report.Cells.Select(c => (c.Task, c.ScorerKey)).Distinct())
        {
            var scorer = report.Scorer(measure.ScorerKey);
            var d = scorer.Descriptor;
            var cells = report.Cells.Where(c => c.Task == measure.Task && c.ScorerKey == measure.ScorerKey).ToList();
            var corpus = cells.Any(c => c.CorpusScore is not null);
            var interval = cells.Select(c => c.Interval).FirstOrDefault(i => i != "none") ?? "none";
            writer.WriteLine($"{measure.Task} / {scorer.Label} ({ReportFormat.Describe(d)}; 95% CI: {ReportFormat.IntervalName(interval)})");
            var rows = new List<string[]> { corpus
                ? ["language", "class", "model", "mean", "95% CI", "n", "unscored", "corpus"]
                : ["language", "class", "model", "mean", "95% CI", "n", "unscored"] };
            foreach (var c in cells)
            {
                var cls = languages.TryGetValue(c.Language, out var l) && l.ResourceClass is { } rc ? rc.ToString(CultureInfo.InvariantCulture) : "—";
                var row = new List<string> { c.Language, cls, c.Model, ReportFormat.Number(c.Mean, d), ReportFormat.Interval(c.Lower, c.Upper, d),
                    c.Count.ToString(CultureInfo.InvariantCulture), c.Unscored.ToString(CultureInfo.InvariantCulture) };
                if (corpus) row.Add(ReportFormat.Number(c.CorpusScore, d));
                rows.Add([.. row]);
            }
            WriteTable(writer, rows);
            foreach (var g in report.Gaps.Where(g => g.Task == measure.Task && g.ScorerKey == measure.ScorerKey))
            {
                var reference = g.ReferenceLanguage is null ? "" : $"; gap to {g.ReferenceLanguage} (+ = better): " + string.Join(", ",
                    g.GapToReference.Where(kv => kv.Key != g.ReferenceLanguage).Select(kv => $"{kv.Key} {ReportFormat.Signed(kv.Value, d)}"));
                writer.WriteLine($"  {g.Model}: macro {ReportFormat.Number(g.MacroAverage, d)}, worst {g.WorstLanguage} {ReportFormat.Number(g.WorstMean, d)}, "
                    + $"best {g.BestLanguage} {ReportFormat.Number(g.BestMean, d)}, max-min gap {ReportFormat.Number(g.MaxMinGap, d)}{reference}");
                var vsReference = report.ReferenceTests.Where(t => t.Task == g.Task && t.ScorerKey == g.ScorerKey && t.Model == g.Model).ToList();
                if (vsReference.Count > 0)
                {
                    var below = vsReference.Where(t => t.Significant && t.Gap < 0).Select(t => t.Language).ToList();
                    writer.WriteLine($"  {g.Model}: significantly below {g.ReferenceLanguage} ({report.Transparency.Correction}, paired over shared items): {below.Count} of {vsReference.Count} tested"
                        + (below.Count > 0 ? $" ({string.Join(", ", below)})" : ""));
                }
            }
            var tests = report.Comparisons.Where(c => c.Task == measure.Task && c.ScorerKey == measure.ScorerKey).ToList();
            if (tests.Count > 0)
            {
                var correction = report.Transparency.Correction == "uncorrected" ? "uncorrected" : report.Transparency.Correction + "-corrected";
                writer.WriteLine($"  paired tests per language ({correction}; 95% CI of A-B from a prompt bootstrap):");
                var t = new List<string[]> { new[] { "  language", "A", "B", "test", "A-B", "95% CI", "p", "p adj", "pairs" } };
                t.AddRange(tests.Select(c => new[] { "  " + c.Language, c.ModelA, c.ModelB, c.Test, ReportFormat.Signed(c.Difference, d),
                    ReportFormat.Interval(c.Lower, c.Upper, d), ReportFormat.P(c.PValue), ReportFormat.P(c.PAdjusted), c.Pairs.ToString(CultureInfo.InvariantCulture) }));
                WriteTable(writer, t, numericFrom: 4);
            }
            foreach (var w in report.WinRates.Where(w => w.Task == measure.Task && w.ScorerKey == measure.ScorerKey))
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  judge win rate {w.ModelA} vs {w.ModelB}: {w.WinRateA:F1}% / {w.WinRateB:F1}% / ties {w.TieRate:F1}%, delta {w.Delta:+0.0;-0.0} [{w.Lower:F1}, {w.Upper:F1}] over {w.Judgements}"));
            }
            writer.WriteLine();
        }
        foreach (var judged in report.Pairwise.GroupBy(p => (p.Task, p.Judge)))
        {
            writer.WriteLine($"{judged.Key.Task} / pairwise judge {judged.Key.Judge} (A = {judged.First().ModelA}; ties kept apart; 95% CI and p clustered by prompt)");
            var t = new List<string[]> { new[] { "language", "A", "B", "WR_A", "WR_B", "ties", "Δ", "95% CI", "p", "n", "unscored" } };
            t.AddRange(judged.Select(p => new[] { p.Language, p.ModelA, p.ModelB, Percent(p.WinRateA), Percent(p.WinRateB), Percent(p.TieRate),
                p.Delta is { } d ? d.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : "—",
                p.Lower is { } lo && p.Upper is { } hi ? string.Create(CultureInfo.InvariantCulture, $"[{lo:F1}, {hi:F1}]") : "—",
                p.PValue is { } pv ? ReportFormat.P(pv) : "—",
                p.Judgements.ToString(CultureInfo.InvariantCulture), p.Unscored.ToString(CultureInfo.InvariantCulture) }));
            WriteTable(writer, t);
            writer.WriteLine();
        }
        var tr = report.Transparency;
        writer.WriteLine($"models: {string.Join(", ", tr.Models)}; judges: {(tr.Judges.Count == 0 ? "none" : string.Join(", ", tr.Judges))}; run seeds: {string.Join(", ", tr.RunSeeds)}; "
            + $"generations: {tr.Generations} ({tr.FailedGenerations} failed); langgap {tr.LangGapVersion}");
        foreach (var s in tr.Signatures)
        {
            writer.WriteLine($"signature {s}");
        }
        if (report.Coverage is { } coverage)
        {
            writer.WriteLine($"coverage: of the world's {MarkdownReportRenderer.Millions(coverage.WorldPopulationMillions)} million people, {MarkdownCoverage.Sentence(coverage.Evaluated)}");
        }
        if (tr.UnknownScores > 0)
        {
            writer.WriteLine($"{tr.UnknownScores} stored scores left out: the run store does not describe their scorer (written by LangGap before 0.2; rerun langgap eval to rescore).");
        }
    }

    private static string Percent(double? value) => value is { } v ? v.ToString("F1", CultureInfo.InvariantCulture) + "%" : "—";

    private static void WriteTable(TextWriter writer, List<string[]> rows, int numericFrom = 3)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            var line = new StringBuilder();
            for (var i = 0; i < row.Length; i++)
            {
                line.Append(i == 0 ? row[i].PadRight(widths[i]) : "  " + (i >= numericFrom ? row[i].PadLeft(widths[i]) : row[i].PadRight(widths[i])));
            }
            writer.WriteLine(line.ToString().TrimEnd());
        }
    }
}
