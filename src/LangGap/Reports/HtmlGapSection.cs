using System.Globalization;
using System.Text;
using LangGap.Evaluation.Scoring;
using static LangGap.Reports.HtmlReportRenderer;
using LangGap.Reports.Coverage;

namespace LangGap.Reports;

/// <summary>The language-gap section of the HTML report: a summary per task, per-language scores sorted and coloured by resource class, gaps to the reference language, coverage.</summary>
internal static class HtmlGapSection
{
    // Resource classes 0–5 from warm (least resourced) to cool (most); unknown is grey.
    private static readonly string[] ClassColours = ["#b2182b", "#ef8a62", "#f4c26b", "#a6d96a", "#67a9cf", "#2166ac"];
    private const string Unknown = "#999999";
    private const double Row = 18, Label = 120, Plot = 360;

    public static string Render(RunReport report)
    {
        var html = new StringBuilder("<h2>Language gap</h2>\n<ul>");
        foreach (var g in report.Gaps)
        {
            html.Append("<li>").Append(E(MarkdownReportRenderer.Summary(report, g, markdown: false))).Append("</li>");
        }
        html.Append("</ul>\n<p class=\"note\">Bar colour: resource class ");
        for (var c = 0; c < ClassColours.Length; c++)
        {
            html.Append("<span style=\"color:").Append(ClassColours[c]).Append("\">■</span> ").Append(c).Append(' ');
        }
        html.Append("<span style=\"color:").Append(Unknown).Append("\">■</span> unknown (Joshi et al. 2020; 0 = least resourced).</p>\n");
        foreach (var g in report.Gaps)
        {
            var d = report.Scorer(g.ScorerKey).Descriptor;
            html.Append("<h3>").Append(E($"{g.Task} / {g.Scorer} — {g.Model}")).Append("</h3>\n");
            html.Append(Scores(report, g, d));
            if (g.ReferenceLanguage is not null)
            {
                html.Append(Gaps(report, g, d));
            }
        }
        if (report.Coverage is { } coverage)
        {
            html.Append(Coverage(report, coverage));
        }
        return html.ToString();
    }

    private static string Scores(RunReport report, ReportGap g, ScoreDescriptor d)
    {
        var sign = d.Direction == ScoreDirection.HigherIsBetter ? -1 : 1;
        var cells = report.Cells.Where(c => c.Task == g.Task && c.ScorerKey == g.ScorerKey && c.Model == g.Model && c.Mean is not null)
            .OrderBy(c => sign * c.Mean!.Value).ThenBy(c => c.Language, StringComparer.Ordinal).ToList();
        var min = Math.Min(0, cells.Min(c => Math.Min(c.Lower ?? c.Mean!.Value, c.Mean!.Value)));
        var max = cells.Max(c => Math.Max(c.Upper ?? c.Mean!.Value, c.Mean!.Value));
        if (double.IsFinite(d.Maximum)) max = Math.Max(max, Math.Min(d.Maximum, max <= 0 ? d.Maximum : max));
        var scale = max - min <= 0 ? 1 : max - min;
        double X(double v) => Label + (v - min) / scale * Plot;
        var svg = Open(cells.Count, $"per-language {g.Scorer}, sorted best first");
        for (var i = 0; i < cells.Count; i++)
        {
            var c = cells[i];
            var y = 4 + i * Row;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Label - 6}\" y=\"{y + 12:F0}\" font-size=\"11\" text-anchor=\"end\">{E(NameOf(report, c.Language))}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{X(Math.Min(0, c.Mean!.Value)):F1}\" y=\"{y + 2:F1}\" width=\"{Math.Abs(X(c.Mean.Value) - X(0)):F1}\" height=\"{Row - 5:F0}\" fill=\"{Colour(report, c.Language)}\">"
                + $"<title>{E($"{c.Language}: {ReportFormat.Number(c.Mean, d)} {ReportFormat.Interval(c.Lower, c.Upper, d)}")}</title></rect>");
            Whisker(svg, c.Lower, c.Upper, y, X);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(Math.Max(c.Upper ?? c.Mean.Value, c.Mean.Value)) + 4:F1}\" y=\"{y + 12:F0}\" font-size=\"10\">{E(ReportFormat.Number(c.Mean, d))}</text>");
        }
        return Close(svg, cells.Count, X(0)) + "<p class=\"note\">bars: mean; whiskers: 95% CI</p>\n";
    }

    private static string Gaps(RunReport report, ReportGap g, ScoreDescriptor d)
    {
        var tests = report.ReferenceTests.Where(t => t.Task == g.Task && t.ScorerKey == g.ScorerKey && t.Model == g.Model).ToDictionary(t => t.Language, StringComparer.Ordinal);
        var rows = g.GapToReference.Where(kv => kv.Key != g.ReferenceLanguage)
            .Select(kv => (Language: kv.Key, Gap: tests.TryGetValue(kv.Key, out var t) ? t.Gap : kv.Value, Test: tests.GetValueOrDefault(kv.Key)))
            .OrderByDescending(r => r.Gap).ThenBy(r => r.Language, StringComparer.Ordinal).ToList();
        if (rows.Count == 0)
        {
            return "";
        }
        var extent = rows.Max(r => Math.Max(Math.Abs(r.Gap), Math.Max(Math.Abs(r.Test?.Lower ?? 0), Math.Abs(r.Test?.Upper ?? 0))));
        extent = extent <= 0 ? 1 : extent;
        double X(double v) => Label + (v + extent) / (2 * extent) * Plot;
        var svg = Open(rows.Count, $"gap to {g.ReferenceLanguage}");
        for (var i = 0; i < rows.Count; i++)
        {
            var (language, gap, test) = rows[i];
            var y = 4 + i * Row;
            var opacity = test is { Significant: true } ? "1" : "0.35";
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Label - 6}\" y=\"{y + 12:F0}\" font-size=\"11\" text-anchor=\"end\">{E(NameOf(report, language))}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{X(Math.Min(0, gap)):F1}\" y=\"{y + 2:F1}\" width=\"{Math.Abs(X(gap) - X(0)):F1}\" height=\"{Row - 5:F0}\" fill=\"{Colour(report, language)}\" fill-opacity=\"{opacity}\">"
                + $"<title>{E($"{language}: {ReportFormat.Signed(gap, d)}" + (test is null ? " (not tested)" : $" {ReportFormat.Interval(test.Lower, test.Upper, d)}, p {ReportFormat.P(test.PAdjusted)}"))}</title></rect>");
            Whisker(svg, test?.Lower, test?.Upper, y, X);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Label + Plot + 6}\" y=\"{y + 12:F0}\" font-size=\"10\">{E(ReportFormat.Signed(gap, d) + (test is { Significant: true } ? " *" : ""))}</text>");
        }
        return Close(svg, rows.Count, X(0))
            + $"<p class=\"note\">{E($"gap to {g.ReferenceLanguage} (+ = better) on the items both languages share; whiskers: 95% bootstrap CI; solid and *: significant after {report.Transparency.Correction} correction; pale: not significant or not tested")}</p>\n";
    }

    private static string Coverage(RunReport report, ReportCoverage coverage)
    {
        var html = new StringBuilder("<h3>Who is covered</h3>\n<p>");
        html.Append(E($"Of the world's {MarkdownReportRenderer.Millions(coverage.WorldPopulationMillions)} million people, {MarkdownCoverage.Sentence(coverage.Evaluated)}")).Append("</p>\n");
        html.Append("<table><tr><th>resource class</th><th>languages evaluated</th><th>L1 speakers covered (M)</th><th>share of class L1</th><th>total speakers covered (M)</th><th>share of class total</th></tr>\n");
        foreach (var c in coverage.ByClass.Where(c => c.Evaluated.Languages > 0 || c.ResourceClass is not null))
        {
            html.Append("<tr><td>").Append(c.ResourceClass?.ToString(CultureInfo.InvariantCulture) ?? "unknown").Append("</td><td>")
                .Append(c.Evaluated.Languages).Append(" of ").Append(c.LanguagesWithData).Append("</td><td>")
                .Append(E(MarkdownReportRenderer.Millions(c.Evaluated.FirstLanguageMillions))).Append("</td><td>").Append(E(MarkdownReportRenderer.Percent(c.Evaluated.FirstLanguageShare)))
                .Append("</td><td>").Append(E(MarkdownReportRenderer.Millions(c.Evaluated.TotalMillions))).Append("</td><td>").Append(E(MarkdownReportRenderer.Percent(c.Evaluated.TotalShare)))
                .Append("</td></tr>\n");
        }
        html.Append("</table>\n");
        if (coverage.Thresholds.Count > 0)
        {
            html.Append("<table><tr><th>task / scorer</th><th>model</th><th>threshold</th><th>languages meeting it</th><th>L1 share of world</th><th>total share of world</th></tr>\n");
            foreach (var t in coverage.Thresholds)
            {
                var d = report.Scorer(t.ScorerKey).Descriptor;
                html.Append("<tr><td>").Append(E($"{t.Task} / {t.Scorer}")).Append("</td><td>").Append(E(t.Model)).Append("</td><td>").Append(E(ReportFormat.Number(t.Threshold, d)))
                    .Append("</td><td>").Append(E($"{t.Meeting.Languages} of {t.Evaluated}: {string.Join(", ", t.Meeting.Codes)}")).Append("</td><td>")
                    .Append(E(MarkdownReportRenderer.Percent(t.Meeting.FirstLanguageShare))).Append("</td><td>").Append(E(MarkdownReportRenderer.Percent(t.Meeting.TotalShare))).Append("</td></tr>\n");
            }
            html.Append("</table>\n");
        }
        html.Append("<p class=\"note\">").Append(E(string.Join("; ", coverage.Sources.Select(s => $"{s.Key}: {s.Value}")))).Append("</p>\n");
        return html.ToString();
    }

    private static StringBuilder Open(int rows, string title) => new StringBuilder().Append(CultureInfo.InvariantCulture,
        $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Label + Plot + 60:F0}\" height=\"{rows * Row + 10:F0}\" role=\"img\"><title>{E(title)}</title>");

    private static string Close(StringBuilder svg, int rows, double zero) => svg.Append(CultureInfo.InvariantCulture,
        $"<line x1=\"{zero:F1}\" y1=\"2\" x2=\"{zero:F1}\" y2=\"{rows * Row + 6:F0}\" stroke=\"#555\"/></svg>\n").ToString();

    private static void Whisker(StringBuilder svg, double? lower, double? upper, double y, Func<double, double> x)
    {
        if (lower is not { } lo || upper is not { } hi) return;
        var cy = y + Row / 2;
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x(lo):F1}\" y1=\"{cy:F1}\" x2=\"{x(hi):F1}\" y2=\"{cy:F1}\" stroke=\"#222\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x(lo):F1}\" y1=\"{cy - 3:F1}\" x2=\"{x(lo):F1}\" y2=\"{cy + 3:F1}\" stroke=\"#222\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x(hi):F1}\" y1=\"{cy - 3:F1}\" x2=\"{x(hi):F1}\" y2=\"{cy + 3:F1}\" stroke=\"#222\"/>");
    }

    private static string NameOf(RunReport report, string code) => report.Transparency.Languages.FirstOrDefault(l => l.Code == code)?.Name ?? code;

    private static string Colour(RunReport report, string code) =>
        report.Transparency.Languages.FirstOrDefault(l => l.Code == code)?.ResourceClass is { } rc && rc is >= 0 and <= 5 ? ClassColours[rc] : Unknown;
}
