using System.Globalization;
using System.Net;
using System.Text;

namespace LangGap.Reports;

/// <summary>Renders a report as one self-contained HTML file: inline CSS, an inline SVG bar chart per scorer, no script, no external asset.</summary>
/// <remarks>Every piece of text from the run (prompts, outputs, model ids, task names) is HTML-escaped, so red-team text is shown, never run.</remarks>
public static class HtmlReportRenderer
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:70rem}
        table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}
        td:first-child,th:first-child{text-align:left}pre{white-space:pre-wrap;background:#f6f6f6;padding:.4rem;margin:0}
        h2{margin-top:2rem;border-bottom:1px solid #ddd}.note{color:#666;font-size:.9em}
        """;

    private static readonly string[] Palette = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948"];

    /// <summary>The report as an HTML document.</summary>
    public static string Render(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>LangGap report</title><style>").Append(Style).Append("</style></head><body>\n");
        html.Append("<h1>LangGap report</h1><p class=\"note\">runs ").Append(E(string.Join(", ", report.RunIds))).Append("</p>\n");
        var models = report.Transparency.Models;
        html.Append(HtmlGapSection.Render(report));
        foreach (var measure in report.Cells.Select(c => (c.Task, c.ScorerKey)).Distinct())
        {
            var scorer = report.Scorer(measure.ScorerKey);
            var d = scorer.Descriptor;
            var cells = report.Cells.Where(c => c.Task == measure.Task && c.ScorerKey == measure.ScorerKey).ToList();
            var interval = cells.Select(c => c.Interval).FirstOrDefault(i => i != "none") ?? "none";
            html.Append("<h2>").Append(E(measure.Task)).Append(" / ").Append(E(scorer.Label)).Append("</h2>\n<p class=\"note\">")
                .Append(E($"{ReportFormat.Describe(d)}; 95% CI: {ReportFormat.IntervalName(interval)}")).Append("</p>\n");
            html.Append(Chart(cells, models, d));
            html.Append("<table><tr><th>language</th><th>model</th><th>mean</th><th>95% CI</th><th>n</th><th>unscored</th><th>corpus</th></tr>\n");
            foreach (var c in cells)
            {
                html.Append("<tr><td>").Append(E(c.Language)).Append("</td><td>").Append(E(c.Model)).Append("</td><td>").Append(ReportFormat.Number(c.Mean, d))
                    .Append("</td><td>").Append(ReportFormat.Interval(c.Lower, c.Upper, d)).Append("</td><td>").Append(c.Count)
                    .Append("</td><td>").Append(c.Unscored).Append("</td><td>").Append(ReportFormat.Number(c.CorpusScore, d)).Append("</td></tr>\n");
            }
            html.Append("</table>\n");
            foreach (var g in report.Gaps.Where(g => g.Task == measure.Task && g.ScorerKey == measure.ScorerKey))
            {
                html.Append("<p>").Append(E(g.Model)).Append(": macro average ").Append(ReportFormat.Number(g.MacroAverage, d))
                    .Append(", worst language ").Append(E(g.WorstLanguage)).Append(' ').Append(ReportFormat.Number(g.WorstMean, d))
                    .Append(", best language ").Append(E(g.BestLanguage)).Append(' ').Append(ReportFormat.Number(g.BestMean, d))
                    .Append(", max–min gap ").Append(ReportFormat.Number(g.MaxMinGap, d));
                if (g.ReferenceLanguage is { } reference)
                {
                    html.Append("; gap to ").Append(E(reference)).Append(" (+ = better): ").Append(E(string.Join(", ",
                        g.GapToReference.Where(kv => kv.Key != reference).Select(kv => $"{kv.Key} {ReportFormat.Signed(kv.Value, d)}"))));
                }
                html.Append("</p>\n");
            }
            var tests = report.Comparisons.Where(c => c.Task == measure.Task && c.ScorerKey == measure.ScorerKey).ToList();
            if (tests.Count > 0)
            {
                html.Append("<table><tr><th>language</th><th>A</th><th>B</th><th>test</th><th>A−B</th><th>95% CI (bootstrap)</th><th>p</th><th>p adj (").Append(E(report.Transparency.Correction)).Append(")</th></tr>\n");
                foreach (var t in tests)
                {
                    html.Append("<tr><td>").Append(E(t.Language)).Append("</td><td>").Append(E(t.ModelA)).Append("</td><td>").Append(E(t.ModelB)).Append("</td><td>")
                        .Append(E(t.Test)).Append("</td><td>")
                        .Append(ReportFormat.Signed(t.Difference, d)).Append("</td><td>").Append(ReportFormat.Interval(t.Lower, t.Upper, d))
                        .Append("</td><td>").Append(E(ReportFormat.P(t.PValue))).Append("</td><td>").Append(E(ReportFormat.P(t.PAdjusted))).Append("</td></tr>\n");
                }
                html.Append("</table>\n");
            }
            foreach (var w in report.WinRates.Where(w => w.Task == measure.Task && w.ScorerKey == measure.ScorerKey))
            {
                html.Append("<p>").Append(E(string.Create(CultureInfo.InvariantCulture,
                    $"Judge win rate {w.ModelA} vs {w.ModelB}: {w.WinRateA:F1}% / {w.WinRateB:F1}% / ties {w.TieRate:F1}%, Δ {w.Delta:+0.0;-0.0} [{w.Lower:F1}, {w.Upper:F1}]"))).Append("</p>\n");
            }
        }
        html.Append(HtmlPairwise.Render(report.Pairwise));
        html.Append(Transparency(report.Transparency));
        html.Append("<h2>Examples</h2>\n<table><tr><th>task</th><th>language</th><th>model</th><th>prompt</th><th>output</th></tr>\n");
        foreach (var x in report.Examples)
        {
            html.Append("<tr><td>").Append(E(x.Task)).Append("</td><td>").Append(E(x.Language)).Append("</td><td>").Append(E(x.Model))
                .Append("</td><td><pre>").Append(E(x.Prompt)).Append("</pre></td><td><pre>").Append(E(x.Output)).Append("</pre></td></tr>\n");
        }
        html.Append("</table>\n</body></html>\n");
        return html.ToString();
    }

    private static string Transparency(ReportTransparency t)
    {
        var html = new StringBuilder("<h2>How these numbers were made</h2>\n<ul>");
        html.Append("<li>suite: ").Append(E(t.Suite ?? "unknown")).Append("; LangGap ").Append(E(t.LangGapVersion)).Append("</li>");
        html.Append("<li>models: ").Append(E(string.Join(", ", t.Models))).Append("; judges: ").Append(E(t.Judges.Count == 0 ? "none" : string.Join(", ", t.Judges))).Append("</li>");
        html.Append("<li>run seeds: ").Append(E(string.Join(", ", t.RunSeeds))).Append("; bootstrap: ").Append(t.Resamples).Append(" resamples, seed ").Append(t.StatisticsSeed)
            .Append(", correction ").Append(E(t.Correction)).Append("; gaps against ").Append(E(t.ReferenceLanguage ?? "no reference language")).Append("</li>");
        html.Append("<li>generations: ").Append(t.Generations).Append(" (").Append(t.FailedGenerations).Append(" failed, not scored)</li>");
        foreach (var s in t.Signatures) html.Append("<li>signature ").Append(E(s)).Append("</li>");
        if (t.UnknownScores > 0) html.Append("<li>").Append(t.UnknownScores).Append(" stored scores left out: their scorer is not described in the run store (written before LangGap 0.2)</li>");
        foreach (var v in t.RunVersions) html.Append("<li>versions ").Append(E(v)).Append("</li>");
        if (t.JudgeInstructionLanguage is { } judgeLanguage) html.Append("<li>judges are instructed in ").Append(E(judgeLanguage)).Append("</li>");
        html.Append("</ul>\n<table><tr><th>language</th><th>name</th><th>resource class</th><th>prompt origin</th><th>items</th></tr>\n");
        foreach (var l in t.Languages)
        {
            html.Append("<tr><td>").Append(E(l.Code)).Append("</td><td>").Append(E(l.Name)).Append("</td><td>")
                .Append(l.ResourceClass?.ToString(CultureInfo.InvariantCulture) ?? "—").Append("</td><td>").Append(E(l.PromptOrigin ?? "unknown"))
                .Append("</td><td>").Append(l.Items).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
        if (t.Tasks.Count > 0)
        {
            html.Append("<table><tr><th>task</th><th>data provenance</th><th>dataset</th><th>decoding</th></tr>\n");
            foreach (var task in t.Tasks)
            {
                html.Append("<tr><td>").Append(E(task.Task)).Append("</td><td>").Append(E(task.Provenance)).Append("</td><td>").Append(E(task.Dataset))
                    .Append("</td><td>").Append(E(task.Decoding)).Append("</td></tr>\n");
            }
            html.Append("</table>\n");
        }
        return html.ToString();
    }

    private static string Chart(List<ReportCell> cells, IReadOnlyList<string> models, Evaluation.Scoring.ScoreDescriptor descriptor)
    {
        var languages = cells.Select(c => c.Language).Distinct(StringComparer.Ordinal).ToList();
        var top = cells.Select(c => Math.Max(c.Upper ?? c.Mean ?? 0, c.Mean ?? 0)).DefaultIfEmpty(0).Max();
        var scale = top <= 0 ? 1 : top;
        const double height = 160, left = 40, bottom = 20, groupWidth = 56;
        var barWidth = (groupWidth - 8) / Math.Max(1, models.Count);
        var width = left + languages.Count * groupWidth + 10;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:F0}\" height=\"{height + bottom + 10:F0}\" role=\"img\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"2\" y=\"12\" font-size=\"10\">{E(ReportFormat.Number(top, descriptor))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{height + 5}\" x2=\"{width}\" y2=\"{height + 5}\" stroke=\"#999\"/>");
        for (var li = 0; li < languages.Count; li++)
        {
            var x0 = left + li * groupWidth + 4;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + groupWidth / 2 - 8:F1}\" y=\"{height + bottom:F0}\" font-size=\"11\">{E(languages[li])}</text>");
            for (var mi = 0; mi < models.Count; mi++)
            {
                var c = cells.FirstOrDefault(c => c.Language == languages[li] && c.Model == models[mi]);
                if (c?.Mean is not { } mean) continue;
                var x = x0 + mi * barWidth;
                var h = Math.Max(0, mean) / scale * (height - 10);
                svg.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{x:F1}\" y=\"{height + 5 - h:F1}\" width=\"{barWidth - 1:F1}\" height=\"{h:F1}\" fill=\"{Palette[mi % Palette.Length]}\"><title>{E($"{c.Model} {c.Language}: {ReportFormat.Number(mean, descriptor)}")}</title></rect>");
                if (c.Lower is { } lo && c.Upper is { } hi)
                {
                    var cx = x + (barWidth - 1) / 2;
                    var y1 = height + 5 - Math.Max(0, lo) / scale * (height - 10);
                    var y2 = height + 5 - Math.Max(0, hi) / scale * (height - 10);
                    svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{cx:F1}\" y1=\"{y1:F1}\" x2=\"{cx:F1}\" y2=\"{y2:F1}\" stroke=\"#222\"/>");
                    svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{cx - 3:F1}\" y1=\"{y2:F1}\" x2=\"{cx + 3:F1}\" y2=\"{y2:F1}\" stroke=\"#222\"/>");
                    svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{cx - 3:F1}\" y1=\"{y1:F1}\" x2=\"{cx + 3:F1}\" y2=\"{y1:F1}\" stroke=\"#222\"/>");
                }
            }
        }
        svg.Append("</svg>\n<p class=\"note\">");
        for (var mi = 0; mi < models.Count; mi++)
        {
            svg.Append("<span style=\"color:").Append(Palette[mi % Palette.Length]).Append("\">■</span> ").Append(E(models[mi])).Append(' ');
        }
        return svg.Append("— bars: mean; whiskers: 95% CI</p>\n").ToString();
    }

    // "=" is encoded too, so no attribute-like text (onerror=) survives even as inert characters.
    internal static string E(string text) => WebUtility.HtmlEncode(text).Replace("=", "&#61;", StringComparison.Ordinal);
}
