using System.Globalization;
using System.Text;
using LangGap.Reports;
using LangGap.Survey.Annotation;
using LangGap.Survey.Ingest;

namespace LangGap.Survey;

/// <summary>Renders a survey report as one self-contained HTML file: inline CSS, inline SVG trend charts, no script.</summary>
/// <remarks>All text from papers and files (titles, ids, venues, paths) is HTML-escaped the way the evaluation report escapes it.</remarks>
public static class SurveyHtmlRenderer
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:72rem}
        table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}
        td:first-child,th:first-child{text-align:left}td.t{text-align:left}h2{margin-top:2rem;border-bottom:1px solid #ddd}.note{color:#666;font-size:.9em}
        """;

    private static readonly string[] Palette = ["#4e79a7", "#f28e2b", "#59a14f", "#bab0ac"];

    /// <summary>The report as an HTML document.</summary>
    public static string Render(SurveyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>LangGap survey</title><style>").Append(Style).Append("</style></head><body>\n");
        html.Append("<h1>LangGap survey</h1>\n<p class=\"note\">").Append(E(string.Join(", ", report.Settings.Sources))).Append(": ")
            .Append(I($"{report.Files} files, {report.PapersRead} papers, {report.PapersInRange} in {SurveyTextRenderer.Range(report.Settings)} ({report.WithoutAbstract} without abstract); {report.Total.Selected} selected, {report.Excluded} excluded by list."))
            .Append("</p>\n");
        html.Append("<h2>Languages studied, by year</h2>\n").Append(GroupChart(report.Years)).Append(NotNamedChart(report.Years));
        html.Append("<table><tr><th>year</th><th>selected</th>");
        foreach (var g in SurveyLabels.Groups) html.Append("<th>").Append(E(SurveyLabels.Name(g))).Append("</th>");
        html.Append("<th>not named (of english-only)</th></tr>\n");
        foreach (var y in report.Years.Append(report.Total))
        {
            html.Append("<tr><td>").Append(y.Year == 0 ? "all" : I($"{y.Year}")).Append("</td><td>").Append(I($"{y.Selected}")).Append("</td>");
            foreach (var g in SurveyLabels.Groups) html.Append("<td>").Append(I($"{y.Groups[(int)g]} ({SurveyTextRenderer.Percent(y.Share(g))})")).Append("</td>");
            html.Append("<td>").Append(I($"{y.EnglishOnlyNotNamed} ({SurveyTextRenderer.Percent(y.NotNamedShare)})")).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
        if (report.NotNamedInterval is { } ci)
        {
            html.Append("<p>").Append(E(I($"English-only papers that never name English: {SurveyTextRenderer.Percent(report.Total.NotNamedShare)} (Wilson 95% CI {SurveyTextRenderer.Percent(ci.Lower)}–{SurveyTextRenderer.Percent(ci.Upper)})."))).Append("</p>\n");
        }
        Counts(html, "Top languages", report.TopLanguages, withLabel: true);
        Counts(html, "Venue types", report.VenueTypes, withLabel: false);
        Counts(html, "Workshops", report.Workshops, withLabel: true);
        html.Append("<h2>Subtopic × group</h2>\n<table><tr><th>subtopic</th>");
        foreach (var g in SurveyLabels.Groups) html.Append("<th>").Append(E(SurveyLabels.Name(g))).Append("</th>");
        html.Append("</tr>\n");
        for (var i = 0; i < SurveyLabels.Subtopics.Count; i++)
        {
            html.Append("<tr><td>").Append(E(SurveyLabels.Name(SurveyLabels.Subtopics[i]))).Append("</td>");
            foreach (var n in report.SubtopicByGroup[i]) html.Append("<td>").Append(I($"{n}")).Append("</td>");
            html.Append("</tr>\n");
        }
        html.Append("</table>\n");
        if (report.Agreement is { } a)
        {
            html.Append("<h2>Agreement with human labels</h2>\n<p class=\"note\">").Append(E(I($"{a.LabelsRead} labels, {a.Unmatched} not among the selected papers; 95% percentile bootstrap, {a.Resamples} resamples, seed {a.Seed}."))).Append("</p>\n");
            html.Append("<table><tr><th>scope</th><th>papers</th><th>κ group</th><th>κ subtopic</th><th>Jaccard languages</th><th>not named precision</th><th>not named recall</th></tr>\n");
            foreach (var r in a.Rows)
            {
                html.Append("<tr><td>").Append(E(r.Scope)).Append("</td><td>").Append(I($"{r.Papers}")).Append("</td>");
                foreach (var e in new[] { r.GroupKappa, r.SubtopicKappa, r.LanguageJaccard, r.NotNamedPrecision, r.NotNamedRecall })
                {
                    html.Append("<td>").Append(E(SurveyTextRenderer.E(e))).Append("</td>");
                }
                html.Append("</tr>\n");
            }
            html.Append("</table>\n");
        }
        html.Append("<h2>Selected papers</h2>\n<table><tr><th>id</th><th>year</th><th>venue</th><th>title</th><th>group</th><th>languages</th><th>named</th><th>subtopic</th></tr>\n");
        foreach (var s in report.Selected)
        {
            html.Append("<tr><td>").Append(E(s.Paper.Id)).Append("</td><td>").Append(I($"{s.Paper.Year}")).Append("</td><td class=\"t\">")
                .Append(E($"{VenueTypeNames.Name(s.Paper.VenueType)} {s.Paper.Venue}")).Append("</td><td class=\"t\">").Append(E(s.Paper.Title))
                .Append("</td><td>").Append(E(SurveyLabels.Name(s.Annotation.Group))).Append("</td><td>").Append(E(string.Join(' ', s.Annotation.Languages)))
                .Append("</td><td>").Append(s.Annotation.LanguageNamed ? "yes" : "no").Append("</td><td>").Append(E(SurveyLabels.Name(s.Annotation.Subtopic))).Append("</td></tr>\n");
        }
        html.Append("</table>\n<p class=\"note\">").Append(E($"rule: {report.Settings.Rule}; subtopics by {report.Settings.SubtopicSource}; LangGap {report.Settings.Version}")).Append("</p>\n</body></html>\n");
        return html.ToString();
    }

    /// <summary>Stacked bars: each year's selected papers split by group, as shares.</summary>
    private static string GroupChart(IReadOnlyList<SurveyYear> years)
    {
        const double height = 180, left = 40, bar = 44, gap = 16;
        var width = left + years.Count * (bar + gap) + 10;
        var svg = new StringBuilder();
        svg.Append(I($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:F0}\" height=\"{height + 30:F0}\" role=\"img\">"));
        svg.Append(I($"<text x=\"2\" y=\"12\" font-size=\"10\">100%</text><text x=\"2\" y=\"{height:F0}\" font-size=\"10\">0%</text>"));
        for (var i = 0; i < years.Count; i++)
        {
            var y = years[i];
            var x = left + i * (bar + gap);
            var top = 5.0;
            foreach (var g in SurveyLabels.Groups)
            {
                var share = y.Selected == 0 ? 0 : y.Share(g);
                var h = share * (height - 5);
                svg.Append(I($"<rect x=\"{x:F1}\" y=\"{top:F1}\" width=\"{bar:F1}\" height=\"{h:F1}\" fill=\"{Palette[(int)g]}\"><title>{E(I($"{y.Year} {SurveyLabels.Name(g)}: {y.Groups[(int)g]} ({SurveyTextRenderer.Percent(share)})"))}</title></rect>"));
                top += h;
            }
            svg.Append(I($"<text x=\"{x + 6:F1}\" y=\"{height + 18:F0}\" font-size=\"11\">{y.Year}</text>"));
        }
        svg.Append("</svg>\n<p class=\"note\">");
        foreach (var g in SurveyLabels.Groups)
        {
            svg.Append("<span style=\"color:").Append(Palette[(int)g]).Append("\">■</span> ").Append(E(SurveyLabels.Name(g))).Append(' ');
        }
        return svg.Append("— share of selected papers per year</p>\n").ToString();
    }

    /// <summary>A line: the share of English-only papers that do not name English, per year.</summary>
    private static string NotNamedChart(IReadOnlyList<SurveyYear> years)
    {
        const double height = 120, left = 40, step = 60;
        var width = left + Math.Max(1, years.Count) * step;
        var svg = new StringBuilder(I($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:F0}\" height=\"{height + 30:F0}\" role=\"img\">"));
        svg.Append(I($"<text x=\"2\" y=\"12\" font-size=\"10\">100%</text><text x=\"2\" y=\"{height:F0}\" font-size=\"10\">0%</text>"));
        var points = new List<string>();
        for (var i = 0; i < years.Count; i++)
        {
            var x = left + 20 + i * step;
            svg.Append(I($"<text x=\"{x - 14:F1}\" y=\"{height + 18:F0}\" font-size=\"11\">{years[i].Year}</text>"));
            if (double.IsNaN(years[i].NotNamedShare)) continue;
            var y = height - years[i].NotNamedShare * (height - 5);
            points.Add(I($"{x:F1},{y:F1}"));
            svg.Append(I($"<circle cx=\"{x:F1}\" cy=\"{y:F1}\" r=\"3\" fill=\"#e15759\"><title>{E(I($"{years[i].Year}: {SurveyTextRenderer.Percent(years[i].NotNamedShare)}"))}</title></circle>"));
        }
        svg.Append("<polyline fill=\"none\" stroke=\"#e15759\" points=\"").Append(string.Join(' ', points)).Append("\"/></svg>\n");
        return svg.Append("<p class=\"note\">share of English-only papers that never name English, per year</p>\n").ToString();
    }

    private static void Counts(StringBuilder html, string title, IReadOnlyList<SurveyCount> counts, bool withLabel)
    {
        html.Append("<h2>").Append(E(title)).Append("</h2>\n<table><tr><th>key</th>").Append(withLabel ? "<th>name</th>" : "").Append("<th>papers</th><th>share</th></tr>\n");
        foreach (var c in counts)
        {
            html.Append("<tr><td>").Append(E(c.Key)).Append("</td>");
            if (withLabel) html.Append("<td class=\"t\">").Append(E(c.Label)).Append("</td>");
            html.Append("<td>").Append(I($"{c.Count}")).Append("</td><td>").Append(SurveyTextRenderer.Percent(c.Share)).Append("</td></tr>\n");
        }
        html.Append("</table>\n");
    }

    private static string E(string text) => HtmlReportRenderer.E(text);

    private static string I(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
