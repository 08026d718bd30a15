using System.Globalization;

namespace LangGap.Reports;

/// <summary>Renders a report as a Markdown document for readers who are not evaluators: the language gap in plain sentences, then the tables, coverage and the transparency card.</summary>
/// <remarks>
/// Sections: a summary sentence per task and model; per task and scorer a table of languages (sorted best first) with
/// the gap to the reference language, its interval and corrected p; who is covered (speakers of the evaluated
/// languages, by resource class and at the thresholds); and how the numbers were made. Every number is formatted by the
/// scorer's descriptor, as in the other renderers.
/// </remarks>
public static class MarkdownReportRenderer
{
    /// <summary>Writes <paramref name="report"/> to <paramref name="writer"/>.</summary>
    public static void Render(RunReport report, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(writer);
        var tr = report.Transparency;
        var reference = tr.ReferenceLanguage;
        writer.WriteLine($"# Language-gap report{(tr.Suite is null ? "" : $": {Escape(tr.Suite)}")}");
        writer.WriteLine();
        var classes = tr.Languages.Select(l => l.ResourceClass).OfType<int>().Distinct().Order().ToList();
        writer.WriteLine($"{Plural(tr.Models.Count, "model")} ({string.Join(", ", tr.Models.Select(Code))}) evaluated on {Plural(tr.Languages.Count, "language")}"
            + (classes.Count > 0 ? $" of resource classes {string.Join(", ", classes)} (Joshi et al. 2020; 0 = least resourced, 5 = most)" : "")
            + $" in {Plural(report.Cells.Select(c => c.Task).Distinct().Count(), "task")}."
            + (reference is null ? " No reference language: gaps are between the best and the worst language only."
                : $" Gaps are measured against {NameOf(report, reference)} ({Code(reference)}); a gap is significant when its {Correction(tr)} p-value is below 0.05."));
        writer.WriteLine();
        writer.WriteLine("## Summary");
        writer.WriteLine();
        foreach (var g in report.Gaps)
        {
            writer.WriteLine($"- {Summary(report, g, markdown: true)}");
        }
        writer.WriteLine();
        foreach (var g in report.Gaps)
        {
            WriteMeasure(report, g, writer);
        }
        if (report.Coverage is { } coverage)
        {
            MarkdownCoverage.Write(report, coverage, writer);
        }
        MarkdownTransparency.Write(report, writer);
    }

    /// <summary>One plain sentence (or two) about a model on a task's scorer.</summary>
    internal static string Summary(RunReport report, ReportGap g, bool markdown)
    {
        string Name(string code) => markdown ? NameOf(report, code) : report.Transparency.Languages.FirstOrDefault(l => l.Code == code)?.Name ?? code;
        var d = report.Scorer(g.ScorerKey).Descriptor;
        var evaluated = report.Cells.Count(c => c.Task == g.Task && c.ScorerKey == g.ScorerKey && c.Model == g.Model && c.Mean is not null);
        var title = markdown ? $"**{Escape(g.Task)} / {Escape(g.Scorer)}**{(report.Transparency.Models.Count > 1 ? $", {Code(g.Model)}" : "")}"
            : $"{g.Task} / {g.Scorer}{(report.Transparency.Models.Count > 1 ? $", {g.Model}" : "")}";
        var head = $"{title} ({ReportFormat.Describe(d)}): "
            + $"best {Name(g.BestLanguage)} {ReportFormat.Number(g.BestMean, d)}, worst {Name(g.WorstLanguage)} {ReportFormat.Number(g.WorstMean, d)}, "
            + $"a gap of {ReportFormat.Number(g.MaxMinGap, d)}.";
        if (g.ReferenceLanguage is null)
        {
            return report.Transparency.ReferenceLanguage is { } missing ? $"{head} {Name(missing)} is not among this task's languages, so there is no gap to it." : head;
        }
        var reference = Name(g.ReferenceLanguage);
        var tests = report.ReferenceTests.Where(t => t.Task == g.Task && t.ScorerKey == g.ScorerKey && t.Model == g.Model).ToList();
        var others = evaluated - 1;
        if (tests.Count == 0)
        {
            return $"{head} No language could be tested against {reference}: the items are not parallel across languages.";
        }
        var below = tests.Where(t => t.Significant && t.Gap < 0).Select(t => Name(t.Language)).ToList();
        var above = tests.Where(t => t.Significant && t.Gap > 0).Select(t => Name(t.Language)).ToList();
        var sentence = $"{head} {below.Count} of {others} languages {(below.Count == 1 ? "is" : "are")} significantly below {reference}"
            + (below.Count > 0 ? $" ({string.Join(", ", below)})" : "")
            + (above.Count > 0 ? $"; {above.Count} significantly above ({string.Join(", ", above)})" : "") + ".";
        return tests.Count < others ? $"{sentence} {others - tests.Count} could not be tested (fewer than two parallel items)." : sentence;
    }

    private static void WriteMeasure(RunReport report, ReportGap g, TextWriter writer)
    {
        var scorer = report.Scorer(g.ScorerKey);
        var d = scorer.Descriptor;
        writer.WriteLine($"## {Escape(g.Task)} / {Escape(g.Scorer)}{(report.Transparency.Models.Count > 1 ? $" — {Code(g.Model)}" : "")}");
        writer.WriteLine();
        var cells = report.Cells.Where(c => c.Task == g.Task && c.ScorerKey == g.ScorerKey && c.Model == g.Model).ToList();
        var interval = ReportFormat.IntervalName(cells.Select(c => c.Interval).FirstOrDefault(i => i != "none") ?? "none");
        writer.WriteLine($"Scores: {ReportFormat.Describe(d)}. Languages best first; 95% CI: {interval}."
            + (g.ReferenceLanguage is null ? "" : $" Gap to {Code(g.ReferenceLanguage)}: + means better than {NameOf(report, g.ReferenceLanguage)}, "
                + $"on the items both languages share, with a 95% bootstrap CI and the {Correction(report.Transparency)} p of a paired test."));
        writer.WriteLine();
        var languages = report.Transparency.Languages.ToDictionary(l => l.Code, StringComparer.Ordinal);
        var tests = report.ReferenceTests.Where(t => t.Task == g.Task && t.ScorerKey == g.ScorerKey && t.Model == g.Model).ToDictionary(t => t.Language, StringComparer.Ordinal);
        var withReference = g.ReferenceLanguage is not null;
        writer.WriteLine(withReference
            ? "| Language | Class | Items | Mean | 95% CI | Gap to " + Code(g.ReferenceLanguage!) + " | 95% CI of gap | p (corrected) | Significant |"
            : "| Language | Class | Items | Mean | 95% CI |");
        writer.WriteLine(withReference ? "|---|---:|---:|---:|---|---:|---|---:|---|" : "|---|---:|---:|---:|---|");
        var sorted = cells.Where(c => c.Mean is not null).OrderBy(c => c.Mean!.Value * (d.Direction == Evaluation.Scoring.ScoreDirection.HigherIsBetter ? -1 : 1))
            .ThenBy(c => c.Language, StringComparer.Ordinal).Concat(cells.Where(c => c.Mean is null));
        foreach (var c in sorted)
        {
            var cls = languages.TryGetValue(c.Language, out var l) && l.ResourceClass is { } rc ? rc.ToString(CultureInfo.InvariantCulture) : "—";
            var row = $"| {NameOf(report, c.Language)} ({Code(c.Language)}) | {cls} | {c.Count}{(c.Unscored > 0 ? $" (+{c.Unscored} unscored)" : "")} | "
                + $"{ReportFormat.Number(c.Mean, d)} | {ReportFormat.Interval(c.Lower, c.Upper, d)} |";
            if (withReference)
            {
                row += c.Language == g.ReferenceLanguage ? " reference | | | |"
                    : tests.TryGetValue(c.Language, out var t)
                        ? $" {ReportFormat.Signed(t.Gap, d)} | {ReportFormat.Interval(t.Lower, t.Upper, d)} | {ReportFormat.P(t.PAdjusted)} | {(t.Significant ? (t.Gap < 0 ? "yes, below" : "yes, above") : "no")} |"
                        : g.GapToReference.TryGetValue(c.Language, out var gap) ? $" {ReportFormat.Signed(gap, d)} | — | — | not tested |" : " — | — | — | |";
            }
            writer.WriteLine(row);
        }
        writer.WriteLine();
        writer.WriteLine($"Unweighted mean over languages {ReportFormat.Number(g.MacroAverage, d)}; best {Code(g.BestLanguage)}, worst {Code(g.WorstLanguage)}, max–min gap {ReportFormat.Number(g.MaxMinGap, d)}.");
        writer.WriteLine();
    }

    internal static string NameOf(RunReport report, string code) =>
        report.Transparency.Languages.FirstOrDefault(l => l.Code == code)?.Name is { } name ? Escape(name) : Code(code);

    internal static string Correction(ReportTransparency tr) => tr.Correction == "uncorrected" ? "uncorrected" : $"{tr.Correction}-corrected";

    internal static string Code(string text) => $"`{text.Replace("`", "'", StringComparison.Ordinal)}`";

    internal static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    internal static string Plural(int n, string noun) => $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? "" : "s")}";

    internal static string Millions(double value) => value >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture)
        : value >= 1 ? value.ToString("N1", CultureInfo.InvariantCulture) : value.ToString("0.###", CultureInfo.InvariantCulture);

    internal static string Percent(double share) => (100 * share).ToString(share >= 0.1 ? "F0" : "F1", CultureInfo.InvariantCulture) + "%";
}
