using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using LangGap.Statistics;

namespace LangGap.Reasoning.Reports;

/// <summary>Renders a <see cref="ReasoningReport"/> as text tables, JSON, or a self-contained HTML page with an
/// accuracy-vs-budget chart per language.</summary>
public static class ReasoningReportRenderer
{
    private static readonly string[] Palette = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac"];

    /// <summary>The report as plain-text tables.</summary>
    public static string Text(ReasoningReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var s = new StringBuilder();
        s.Append("reason: model ").Append(report.Model).Append("; ")
            .AppendJoin(", ", report.Settings.Select(kv => $"{kv.Key} {kv.Value}")).Append('\n');
        s.Append("\naccuracy by thinking budget (tokens), 95% Wilson intervals\n");
        Table(s, ["language", .. report.Budgets.Select(b => b.ToString(CultureInfo.InvariantCulture))],
            Rows(report, c => c.Scored == 0 ? "-" : F($"{c.Accuracy:F2} [{c.Lower:F2}, {c.Upper:F2}] n={c.Scored}")));
        s.Append("\nthinking tokens used: mean (share cut by the budget); mean extensions\n");
        Table(s, ["language", .. report.Budgets.Select(b => b.ToString(CultureInfo.InvariantCulture))],
            Rows(report, c => F($"{c.MeanThinkingTokens:F1} ({100.0 * c.Truncated / Math.Max(1, c.Scored + c.Unscored):F0}%); {c.MeanExtensions:F1}")));
        var unscored = report.Cells.Where(c => c.Language != ReasoningReport.All).Sum(c => c.Unscored);
        if (unscored > 0)
        {
            s.Append(F($"{unscored} generations unscored (left out of accuracy)\n"));
        }
        if (report.Comparisons.Count > 0)
        {
            s.Append(F($"\npaired exact McNemar between consecutive budgets ({report.Correction.ToValue()} over {report.Comparisons.Count} tests)\n"));
            Table(s, ["language", "budgets", "pairs", "gained", "lost", "p", "p adj."],
                report.Comparisons.Select(c => new[] { c.Language, F($"{c.From}→{c.To}"), F($"{c.Pairs}"), F($"{c.Gained}"), F($"{c.Lost}"), P(c.P), P(c.AdjustedP) }));
        }
        s.Append("\nchain-of-thought language (LID by sentence; quote-and-think: quoted query-language span in other-language thinking)\n");
        Table(s, ["language", "with words", "mostly query lang.", "mostly en", "query-lang. share", "code-mixed sent.", "quote-and-think (precise)", "gens with quotes"],
            report.Cot.Select(r => new[]
            {
                r.Language, F($"{r.Generations}"), F($"{r.DominantQuery}"), F($"{r.DominantEnglish}"), r.Generations == 0 ? "-" : F($"{100 * r.MeanQueryShare:F0}%"),
                F($"{r.CodeMixedSentences}/{r.Sentences}"), F($"{r.QuoteEvents} ({r.PreciseQuotes})"), F($"{r.GenerationsWithQuotes}"),
            }));
        return s.ToString();
    }

    /// <summary>The report as indented JSON.</summary>
    public static string Json(ReasoningReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(new
        {
            report.Model,
            report.Settings,
            report.Budgets,
            report.Languages,
            Cells = report.Cells.Select(c => new
            {
                c.Language, c.Budget, c.Scored, c.Correct, Accuracy = Num(c.Accuracy), Lower = Num(c.Lower), Upper = Num(c.Upper),
                c.MeanThinkingTokens, c.Truncated, c.MeanExtensions, c.Unscored,
            }),
            Correction = report.Correction.ToValue(),
            report.Comparisons,
            Cot = report.Cot.Select(r => new
            {
                r.Language, r.Generations, r.DominantQuery, r.DominantEnglish, MeanQueryShare = Num(r.MeanQueryShare), r.Sentences, r.CodeMixedSentences,
                r.QuoteEvents, r.PreciseQuotes, r.GenerationsWithQuotes,
            }),
        }, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The report as a self-contained HTML page: the tables of <see cref="Text"/> and an accuracy-vs-budget chart
    /// per language (points with 95 % Wilson whiskers, budgets on a log scale).</summary>
    public static string Html(ReasoningReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>LangGap reasoning report</title><style>")
            .Append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222;max-width:70rem}.chart{display:inline-block;margin:0 1rem 1rem 0}")
            .Append("pre{white-space:pre;background:#f6f6f6;padding:.5rem;overflow-x:auto}.note{color:#666;font-size:.9em}</style></head><body>\n")
            .Append("<h1>Accuracy vs. thinking budget</h1><p class=\"note\">model ").Append(E(report.Model)).Append("; ")
            .Append(E(string.Join(", ", report.Settings.Select(kv => $"{kv.Key} {kv.Value}")))).Append("</p>\n");
        var languages = report.Languages.Append(ReasoningReport.All).ToList();
        for (var i = 0; i < languages.Count; i++)
        {
            html.Append("<div class=\"chart\"><h3>").Append(E(languages[i])).Append("</h3>").Append(Chart(report, languages[i], Palette[i % Palette.Length])).Append("</div>");
        }
        html.Append("\n<p class=\"note\">points: accuracy; whiskers: 95% Wilson interval; x: thinking budget in tokens (log scale)</p>\n<pre>")
            .Append(E(Text(report))).Append("</pre>\n</body></html>\n");
        return html.ToString();
    }

    private static string Chart(ReasoningReport report, string language, string colour)
    {
        const double width = 260, height = 170, left = 34, right = 10, top = 10, bottom = 28;
        var budgets = report.Budgets;
        var logs = budgets.Select(b => Math.Log(b + 1)).ToList();
        double lo = logs.Min(), hi = logs.Max();
        double X(int i) => budgets.Count == 1 ? left + (width - left - right) / 2 : left + (logs[i] - lo) / (hi - lo) * (width - left - right);
        double Y(double v) => top + (1 - v) * (height - top - bottom);
        var svg = new StringBuilder();
        svg.Append(F($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\">"));
        foreach (var v in new[] { 0.0, 0.5, 1.0 })
        {
            svg.Append(F($"<line x1=\"{left}\" y1=\"{Y(v):F1}\" x2=\"{width - right}\" y2=\"{Y(v):F1}\" stroke=\"#ddd\"/><text x=\"4\" y=\"{Y(v) + 4:F1}\" font-size=\"10\">{v:F1}</text>"));
        }
        var points = new List<string>();
        for (var i = 0; i < budgets.Count; i++)
        {
            svg.Append(F($"<text x=\"{X(i) - 8:F1}\" y=\"{height - 8}\" font-size=\"10\">{budgets[i]}</text>"));
            if (report.Cell(language, budgets[i]) is not { Scored: > 0 } c) continue;
            points.Add(F($"{X(i):F1},{Y(c.Accuracy):F1}"));
            svg.Append(F($"<line x1=\"{X(i):F1}\" y1=\"{Y(c.Lower):F1}\" x2=\"{X(i):F1}\" y2=\"{Y(c.Upper):F1}\" stroke=\"{colour}\"/>"));
            svg.Append(F($"<circle cx=\"{X(i):F1}\" cy=\"{Y(c.Accuracy):F1}\" r=\"3\" fill=\"{colour}\"><title>{E(F($"{language} @ {c.Budget}: {c.Accuracy:F2} [{c.Lower:F2}, {c.Upper:F2}], n={c.Scored}"))}</title></circle>"));
        }
        if (points.Count > 1)
        {
            svg.Append("<polyline fill=\"none\" stroke=\"").Append(colour).Append("\" points=\"").AppendJoin(' ', points).Append("\"/>");
        }
        return svg.Append("</svg>").ToString();
    }

    private static IEnumerable<string[]> Rows(ReasoningReport report, Func<BudgetCell, string> cell) =>
        report.Languages.Append(ReasoningReport.All).Select(l => new[] { l }.Concat(report.Budgets.Select(b => report.Cell(l, b) is { } c ? cell(c) : "-")).ToArray());

    private static void Table(StringBuilder s, string[] header, IEnumerable<string[]> rows)
    {
        var all = new List<string[]> { header };
        all.AddRange(rows);
        var widths = Enumerable.Range(0, header.Length).Select(i => all.Max(r => i < r.Length ? r[i].Length : 0)).ToArray();
        foreach (var row in all)
        {
            s.Append(string.Join("  ", row.Select((v, i) => i == 0 ? v.PadRight(widths[i]) : v.PadLeft(widths[i]))).TrimEnd()).Append('\n');
        }
    }

    private static double? Num(double v) => double.IsNaN(v) ? null : v;

    private static string P(double p) => p < 0.001 ? "<0.001" : p.ToString("F3", CultureInfo.InvariantCulture);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text).Replace("=", "&#61;", StringComparison.Ordinal);
}
