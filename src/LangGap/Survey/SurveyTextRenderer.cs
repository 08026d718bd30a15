using System.Globalization;
using System.Text;
using LangGap.Survey.Agreement;
using LangGap.Survey.Annotation;

namespace LangGap.Survey;

/// <summary>Renders a survey report as aligned plain-text tables.</summary>
public static class SurveyTextRenderer
{
    /// <summary>The report as text.</summary>
    public static string Render(SurveyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        var s = report.Settings;
        text.AppendLine(Inv($"Survey of {string.Join(", ", s.Sources)}: {report.Files} files, {report.PapersRead} papers; {report.PapersInRange} in {Range(s)}, {report.WithoutAbstract} of them without an abstract (not selectable by an abstract rule)."));
        text.AppendLine(Inv($"Selected {report.Total.Selected} papers by rule \"{s.Rule.Replace('\n', ';')}\"; {report.Excluded} removed by the exclusion list ({s.Exclusions} ids). Subtopics by {s.SubtopicSource}."));
        text.AppendLine();
        var header = new[] { "year", "papers", "no abstract", "selected" }.Concat(SurveyLabels.Groups.Select(SurveyLabels.Name)).Append("not named (of english-only)").ToArray();
        var rows = report.Years.Append(report.Total).Select(y => new[]
        {
            y.Year == 0 ? "all" : Inv($"{y.Year}"), Inv($"{y.Papers}"), Inv($"{y.WithoutAbstract}"), Inv($"{y.Selected}"),
        }.Concat(SurveyLabels.Groups.Select(g => Inv($"{y.Groups[(int)g]} ({Percent(y.Share(g))})")))
         .Append(Inv($"{y.EnglishOnlyNotNamed}/{y.Groups[(int)LanguageGroup.EnglishOnly]} ({Percent(y.NotNamedShare)})")).ToArray());
        Table(text, header, rows);
        if (report.NotNamedInterval is { } ci)
        {
            text.AppendLine(Inv($"English-only papers that never name English: {report.Total.EnglishOnlyNotNamed} of {report.Total.Groups[0]} = {Percent(report.Total.NotNamedShare)} (Wilson 95% CI {Percent(ci.Lower)}–{Percent(ci.Upper)})."));
        }
        text.AppendLine();
        text.AppendLine("Top languages (selected papers studying each)");
        Table(text, ["code", "language", "papers", "share"], report.TopLanguages.Select(l => new[] { l.Key, l.Label, Inv($"{l.Count}"), Percent(l.Share) }));
        text.AppendLine();
        text.AppendLine("Venue types");
        Table(text, ["venue type", "papers", "share"], report.VenueTypes.Select(v => new[] { v.Key, Inv($"{v.Count}"), Percent(v.Share) }));
        text.AppendLine();
        text.AppendLine("Workshops (share of all selected papers)");
        Table(text, ["workshop", "papers", "share"], report.Workshops.Take(15).Select(v => new[] { v.Key, Inv($"{v.Count}"), Percent(v.Share) }));
        text.AppendLine();
        text.AppendLine("Subtopic × group");
        Table(text, SurveyLabels.Groups.Select(SurveyLabels.Name).Prepend("subtopic").Append("total").ToArray(),
            SurveyLabels.Subtopics.Select((t, i) => SurveyLabels.Groups.Select(g => Inv($"{report.SubtopicByGroup[i][(int)g]}"))
                .Prepend(SurveyLabels.Name(t)).Append(Inv($"{report.SubtopicByGroup[i].Sum()}")).ToArray()));
        if (report.Agreement is { } agreement)
        {
            text.AppendLine();
            Agreement(text, agreement);
        }
        text.AppendLine(Inv($"signature: survey|rule:{s.Rule.Replace('\n', ';')}|datasets:{s.Datasets}|subtopic:{s.SubtopicSource}|seed:{s.Seed}|resamples:{s.Resamples}|version:{s.Version}"));
        return text.ToString();
    }

    private static void Agreement(StringBuilder text, AgreementReport a)
    {
        text.AppendLine(Inv($"Agreement with human labels ({a.LabelsRead} labels, {a.Unmatched} not among the selected papers; 95% percentile bootstrap, {a.Resamples} resamples, seed {a.Seed})"));
        Table(text, ["scope", "papers", "κ group", "κ subtopic", "Jaccard languages", "not named precision", "not named recall"],
            a.Rows.Select(r => new[] { r.Scope, Inv($"{r.Papers}"), E(r.GroupKappa), E(r.SubtopicKappa), E(r.LanguageJaccard), E(r.NotNamedPrecision), E(r.NotNamedRecall) }));
        text.AppendLine("Group confusion (rows: human, columns: automatic)");
        Table(text, SurveyLabels.Groups.Select(SurveyLabels.Name).Prepend("human \\ auto").ToArray(),
            SurveyLabels.Groups.Select((g, i) => a.GroupConfusion[i].Select(n => Inv($"{n}")).Prepend(SurveyLabels.Name(g)).ToArray()));
    }

    internal static string E(AgreementEstimate e) =>
        double.IsNaN(e.Value) ? "—" : double.IsNaN(e.Lower) ? Inv($"{e.Value:0.000}") : Inv($"{e.Value:0.000} [{e.Lower:0.000}, {e.Upper:0.000}]");

    internal static string Percent(double share) => double.IsNaN(share) ? "—" : Inv($"{share * 100:0.0}%");

    internal static string Range(SurveySettings s) =>
        s.FirstYear is null && s.LastYear is null ? "all years" : Inv($"{s.FirstYear?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{s.LastYear?.ToString(CultureInfo.InvariantCulture) ?? "…"}");

    private static void Table(StringBuilder text, string[] header, IEnumerable<string[]> body)
    {
        var rows = body.Prepend(header).ToList();
        var widths = header.Select((_, i) => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            text.AppendLine(string.Join("  ", row.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))).TrimEnd());
        }
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
