using System.Globalization;
using System.Text;
using LangGap.Evaluation.Scoring;
using static LangGap.Reports.HtmlReportRenderer;

namespace LangGap.Synthesis.Profiles;

/// <summary>Renders a <see cref="DataProfile"/> as one self-contained HTML page: per attribute a distribution chart (box plot over every value, mean marked) and tables.</summary>
public static class ProfileHtmlRenderer
{
    private const string Style = """
        body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:70rem}
        table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:right}
        td:first-child,th:first-child{text-align:left}.note{color:#666;font-size:.9rem}
        """;

    private static readonly string[] Colours = ["#4e79a7", "#f28e2b"];

    /// <summary>The profile as HTML.</summary>
    public static string Render(DataProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>LangGap profile</title><style>").Append(Style).Append("</style></head><body>\n");
        html.Append("<h1>Attribute profile</h1><p class=\"note\">").Append(E($"{profile.Source}, field '{profile.Field}'"));
        if (profile.Compared is { } other)
        {
            html.Append(E($"; A = {profile.Source}, B = {other}"));
        }
        html.Append("</p>\n");
        foreach (var attribute in profile.Attributes)
        {
            var d = profile.Descriptors[attribute];
            html.Append("<h2>").Append(E(attribute)).Append("</h2>\n<p class=\"note\">").Append(E(ProfileFormat.Describe(d))).Append("</p>\n");
            html.Append(Chart(profile, attribute, d));
            html.Append("<table><tr><th>language</th><th>n</th><th>unscored</th><th>mean</th><th>95% CI</th><th>min</th><th>q25</th><th>median</th><th>q75</th><th>max</th></tr>\n");
            foreach (var (set, languages) in ProfileTextRenderer.Sets(profile))
            {
                foreach (var language in languages)
                {
                    var s = language.Attributes.Single(a => a.Attribute == attribute);
                    html.Append("<tr><td>").Append(E(set + language.Language)).Append("</td><td>").Append(s.Count).Append("</td><td>").Append(s.Unscored)
                        .Append("</td><td>").Append(ProfileFormat.Number(s.Mean, d)).Append("</td><td>").Append(ProfileFormat.Interval(s.Lower, s.Upper, d)).Append("</td>");
                    for (var i = 0; i < 5; i++)
                    {
                        html.Append("<td>").Append(s.Quantiles.Count == 5 ? ProfileFormat.Number(s.Quantiles[i], d) : "—").Append("</td>");
                    }
                    html.Append("</tr>\n");
                }
            }
            html.Append("</table>\n");
            var tests = profile.Comparisons.Where(c => c.Attribute == attribute).ToList();
            if (tests.Count > 0)
            {
                html.Append("<table><tr><th>language</th><th>test</th><th>n A</th><th>n B</th><th>A−B</th><th>95% CI (bootstrap)</th><th>p</th><th>p adj (")
                    .Append(E(ProfileFormat.CorrectionName(profile.Correction))).Append(")</th></tr>\n");
                foreach (var c in tests)
                {
                    html.Append("<tr><td>").Append(E(c.Language)).Append("</td><td>").Append(E(c.Test + (c.Paired ? " (paired)" : ""))).Append("</td><td>").Append(c.CountA)
                        .Append("</td><td>").Append(c.CountB).Append("</td><td>").Append(ProfileFormat.Signed(c.Difference, d)).Append("</td><td>")
                        .Append(ProfileFormat.Interval(c.Lower, c.Upper, d)).Append("</td><td>").Append(E(ProfileFormat.P(c.PValue))).Append("</td><td>")
                        .Append(E(ProfileFormat.P(c.AdjustedPValue))).Append("</td></tr>\n");
                }
                html.Append("</table>\n");
            }
        }
        html.Append("<p class=\"note\">").Append(E(ProfileFormat.Signature(profile))).Append("</p>\n</body></html>\n");
        return html.ToString();
    }

    // One row per language (and data set): every value as a faint dot, the interquartile box, the median line, min–max
    // whiskers and the mean as a diamond, on one axis shared by the rows.
    private static string Chart(DataProfile profile, string attribute, ScoreDescriptor d)
    {
        var rows = ProfileTextRenderer.Sets(profile)
            .SelectMany((set, si) => set.Languages.Select(l => (Label: set.Prefix + l.Language, Set: si, Summary: l.Attributes.Single(a => a.Attribute == attribute))))
            .Where(r => r.Summary.Count > 0).ToList();
        if (rows.Count == 0)
        {
            return "<p class=\"note\">no scored rows</p>\n";
        }
        var all = rows.SelectMany(r => r.Summary.Values).ToArray();
        double low = all.Min(), high = all.Max();
        if (high == low)
        {
            (low, high) = (low - 1, high + 1);
        }
        const double left = 70, width = 620, rowHeight = 26, top = 8;
        double X(double v) => left + (v - low) / (high - low) * width;
        var height = top + rows.Count * rowHeight + 24;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{left + width + 20:F0}\" height=\"{height:F0}\" role=\"img\">");
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, set, s) = rows[i];
            var y = top + i * rowHeight + rowHeight / 2;
            var colour = Colours[set % Colours.Length];
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"2\" y=\"{y + 4:F1}\" font-size=\"11\">{E(label)}</text>");
            for (var v = 0; v < s.Values.Count; v++)
            {
                var jitter = (v * 7919 % 13 - 6) * 0.9;
                svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(s.Values[v]):F1}\" cy=\"{y + jitter:F1}\" r=\"1.6\" fill=\"{colour}\" fill-opacity=\"0.35\"/>");
            }
            var q = s.Quantiles;
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(q[0]):F1}\" y1=\"{y:F1}\" x2=\"{X(q[4]):F1}\" y2=\"{y:F1}\" stroke=\"#444\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{X(q[1]):F1}\" y=\"{y - 7:F1}\" width=\"{Math.Max(1, X(q[3]) - X(q[1])):F1}\" height=\"14\" fill=\"{colour}\" fill-opacity=\"0.25\" stroke=\"{colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{X(q[2]):F1}\" y1=\"{y - 7:F1}\" x2=\"{X(q[2]):F1}\" y2=\"{y + 7:F1}\" stroke=\"#222\" stroke-width=\"2\"/>");
            var m = X(s.Mean!.Value);
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{m:F1},{y - 5:F1} l4,5 l-4,5 l-4,-5 z\" fill=\"#e15759\"/>");
        }
        var axis = top + rows.Count * rowHeight + 4;
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{axis:F1}\" x2=\"{left + width}\" y2=\"{axis:F1}\" stroke=\"#999\"/>");
        for (var t = 0; t <= 4; t++)
        {
            var v = low + (high - low) * t / 4;
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{X(v) - 12:F1}\" y=\"{axis + 14:F1}\" font-size=\"10\">{E(d.Format(v))}</text>");
        }
        return svg.Append("</svg>\n<p class=\"note\">dots: values; box: quartiles; bar: median; whiskers: min–max; ◆ mean</p>\n").ToString();
    }
}
