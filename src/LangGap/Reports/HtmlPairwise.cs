using System.Globalization;
using System.Text;

namespace LangGap.Reports;

/// <summary>The HTML section of pairwise-judge win rates; every name is escaped.</summary>
internal static class HtmlPairwise
{
    public static string Render(IReadOnlyList<ReportPairwise> pairwise)
    {
        var html = new StringBuilder();
        foreach (var judged in pairwise.GroupBy(p => (p.Task, p.Judge)))
        {
            html.Append("<h2>").Append(E($"{judged.Key.Task} / pairwise judge {judged.Key.Judge}")).Append("</h2>\n")
                .Append("<p>").Append(E($"A = {judged.First().ModelA}. Ties are kept apart; Δ = WR_A − WR_B with a 95% interval and p-value from a prompt-clustered bootstrap."))
                .Append("</p>\n<table><tr><th>language</th><th>A</th><th>B</th><th>WR_A</th><th>WR_B</th><th>ties</th><th>Δ</th><th>95% CI</th><th>p</th><th>n</th><th>unscored</th></tr>\n");
            foreach (var p in judged)
            {
                string[] cells =
                [
                    p.Language, p.ModelA, p.ModelB, Percent(p.WinRateA), Percent(p.WinRateB), Percent(p.TieRate),
                    p.Delta is { } d ? d.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : "—",
                    p.Lower is { } lo && p.Upper is { } hi ? string.Create(CultureInfo.InvariantCulture, $"[{lo:F1}, {hi:F1}]") : "—",
                    p.PValue is { } pv ? ReportFormat.P(pv) : "—",
                    p.Judgements.ToString(CultureInfo.InvariantCulture), p.Unscored.ToString(CultureInfo.InvariantCulture),
                ];
                html.Append("<tr>");
                foreach (var c in cells)
                {
                    html.Append("<td>").Append(E(c)).Append("</td>");
                }
                html.Append("</tr>\n");
            }
            html.Append("</table>\n");
        }
        return html.ToString();
    }

    private static string Percent(double? value) => value is { } v ? v.ToString("F1", CultureInfo.InvariantCulture) + "%" : "—";

    private static string E(string text) => HtmlReportRenderer.E(text);
}
