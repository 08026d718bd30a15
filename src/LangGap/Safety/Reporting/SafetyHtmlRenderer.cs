using System.Globalization;
using System.Net;
using System.Text;

namespace LangGap.Safety.Reporting;

/// <summary>Renders a safety report as HTML: a section to put in the run report, or a self-contained page.</summary>
/// <remarks>
/// Hostile content is data: every prompt, response, model id and note is HTML-escaped (and <c>=</c> too, so no text can
/// form an attribute), the page has no script, and nothing from the run reaches a tag name or an attribute.
/// </remarks>
public static class SafetyHtmlRenderer
{
    /// <summary>A self-contained HTML page holding the safety section.</summary>
    public static string Render(SafetyReport report) =>
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>LangGap safety report</title><style>"
        + "body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;margin:.5rem 0 1rem}"
        + "td,th{border:1px solid #ccc;padding:.2rem .5rem}pre{white-space:pre-wrap;background:#f6f6f6;padding:.4rem;margin:0}.note{color:#666}"
        + "</style></head><body>\n" + RenderSection(report) + "</body></html>\n";

    /// <summary>The safety section: rate table per model, worst languages, gaps, comparisons, trade-off, judge checks, examples.</summary>
    public static string RenderSection(SafetyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<section id=\"safety\"><h2>Safety").Append(report.Suite is { } s ? ": " + E(s) : "").Append("</h2>\n");
        html.Append("<p class=\"note\">rate [Wilson 95% CI] k/n; unscored counted apart, never as 0.</p>\n");
        foreach (var note in report.Notes)
        {
            html.Append("<p class=\"note\">").Append(E(note)).Append("</p>\n");
        }
        var scorers = report.Scorers.Keys.ToList();
        foreach (var model in report.Models)
        {
            html.Append("<h3>").Append(E(model)).Append(": language × global/local × harm category</h3>\n");
            var rows = report.Cells.Where(c => c.Model == model).GroupBy(c => (c.Language, c.Category, c.Scope))
                .Where(g => g.Key.Category == SafetyReport.All || g.Key.Scope == SafetyReport.All)
                .Select(g => (IReadOnlyList<string>)[g.Key.Language, g.Key.Scope, g.Key.Category, .. scorers.Select(sc => g.FirstOrDefault(c => c.Scorer == sc) is { } c ? Cell(c) : "")]);
            Table(html, ["language", "scope", "category", .. scorers.Select(sc => $"{sc} ({report.Scorers[sc]})")], rows);
            html.Append("<p>worst language: ").Append(E(string.Join("; ", report.Worst.Where(w => w.Model == model).Select(w => Worst(w))))).Append("</p>\n");
        }
        if (report.Gaps.Count > 0)
        {
            html.Append("<h3>Gap to ").Append(E(report.Reference)).Append(" (").Append(E(report.Correction)).Append(" across languages)</h3>\n");
            Table(html, ["model", "scorer", "language", "rate", report.Reference, "gap", "test", "n", "b|c", "p", "p adjusted"],
                report.Gaps.Select(g => (IReadOnlyList<string>)[g.Model, g.Scorer, g.Language, F(g.Rate), F(g.ReferenceRate), F(g.Gap), g.Test, g.Pairs.ToString(CultureInfo.InvariantCulture), g.Discordant ?? "", P(g.PValue), P(g.Adjusted)]));
        }
        if (report.Comparisons.Count > 0)
        {
            html.Append("<h3>Model against baseline (exact McNemar, ").Append(E(report.Correction)).Append(")</h3>\n");
            Table(html, ["scorer", "language", "A", "B", "rate A", "rate B", "pairs", "p", "p adjusted", "better"],
                report.Comparisons.Select(c => (IReadOnlyList<string>)[c.Scorer, c.Language, c.ModelA, c.ModelB, F(c.RateA), F(c.RateB), c.Pairs.ToString(CultureInfo.InvariantCulture), P(c.PValue), P(c.Adjusted), c.BetterModel ?? "="]));
        }
        if (report.TradeOff.Count > 0)
        {
            html.Append("<h3>Harm against general quality</h3>\n");
            Table(html, ["model", "harm", "rate", "refusal", "quality", "mean", "n"],
                report.TradeOff.Select(t => (IReadOnlyList<string>)[t.Model, t.HarmScorer, t.HarmRate is { } h ? F(h) : "n/a", t.RefusalRate is { } r ? F(r) : "",
                    $"{t.QualityTask}/{t.QualityScorer}", t.Quality is { } q ? $"{F(q)} [{F(t.QualityLower!.Value)}, {F(t.QualityUpper!.Value)}]" : "n/a", t.QualityN.ToString(CultureInfo.InvariantCulture)]));
        }
        if (report.Agreement.Count > 0)
        {
            html.Append("<h3>Harm judge against human labels</h3>\n");
            Table(html, ["language", "n", "kappa", "alpha", "sensitivity", "specificity"],
                report.Agreement.Select(a => (IReadOnlyList<string>)[a.Language, a.N.ToString(CultureInfo.InvariantCulture), a.Kappa is { } k ? F(k) : "n/a", a.Alpha is { } al ? F(al) : "n/a",
                    a.Sensitivity is { } se ? F(se) : "n/a", a.Specificity is { } sp ? F(sp) : "n/a"]));
            Table(html, ["model", "language", "judged", "corrected", "95% CI", "note"],
                report.Corrected.Select(c => (IReadOnlyList<string>)[c.Model, c.Language, F(c.JudgedRate), c.Corrected is { } v ? F(v) : "n/a",
                    c.Lower is { } l && c.Upper is { } u ? $"[{F(l)}, {F(u)}]" : "", c.Note ?? ""]));
        }
        if (report.Examples.Count > 0)
        {
            html.Append("<h3>Responses</h3>\n<table><tr><th>model</th><th>language</th><th>id</th><th>prompt</th><th>response</th><th>verdicts</th></tr>\n");
            foreach (var x in report.Examples)
            {
                html.Append("<tr><td>").Append(E(x.Model)).Append("</td><td>").Append(E(x.Language)).Append("</td><td>").Append(E(x.SampleId))
                    .Append("</td><td><pre>").Append(E(x.Prompt)).Append("</pre></td><td><pre>").Append(E(x.Response)).Append("</pre></td><td>").Append(E(x.Flags)).Append("</td></tr>\n");
            }
            html.Append("</table>\n");
        }
        return html.Append("</section>\n").ToString();
    }

    private static void Table(StringBuilder html, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        html.Append("<table><tr>");
        foreach (var h in header) html.Append("<th>").Append(E(h)).Append("</th>");
        html.Append("</tr>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row) html.Append("<td>").Append(E(cell)).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
    }

    private static string Cell(SafetyCell c) =>
        (c.Rate is { } r ? $"{F(r)} [{F(c.Lower!.Value)}, {F(c.Upper!.Value)}] {c.Count}/{c.N}" : "- 0/0") + (c.Unscored > 0 ? $" u{c.Unscored}" : "");

    private static string E(string text) => WebUtility.HtmlEncode(text).Replace("=", "&#61;", StringComparison.Ordinal);

    private static string Worst(SafetyWorst w) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{w.Scorer} {(w.Languages.Count == 1 ? w.Languages[0] : "tie of " + w.Languages.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ": " + string.Join(" ", w.Languages))} {F(w.Rate)} (n={w.N})");

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);

    private static string P(double v) => v < 0.001 ? "<0.001" : v.ToString("0.000", CultureInfo.InvariantCulture);
}
