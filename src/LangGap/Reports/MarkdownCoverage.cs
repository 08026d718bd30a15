using System.Globalization;
using static LangGap.Reports.MarkdownReportRenderer;
using LangGap.Reports.Coverage;

namespace LangGap.Reports;

/// <summary>The "who is covered" section of the Markdown report.</summary>
internal static class MarkdownCoverage
{
    public static void Write(RunReport report, ReportCoverage coverage, TextWriter writer)
    {
        var e = coverage.Evaluated;
        writer.WriteLine("## Who is covered");
        writer.WriteLine();
        writer.WriteLine($"Of the world's {Millions(coverage.WorldPopulationMillions)} million people, {Sentence(e)}");
        writer.WriteLine();
        if (coverage.Thresholds.Count > 0)
        {
            writer.WriteLine("### Languages served at a threshold");
            writer.WriteLine();
            writer.WriteLine("A language meets a threshold when the model's mean reaches it (at least the value when higher is better, at most when lower is better).");
            writer.WriteLine();
            writer.WriteLine("| Task / scorer | Model | Threshold | Languages meeting it | First-language speakers | Share of world | Total speakers | Share of world |");
            writer.WriteLine("|---|---|---:|---|---:|---:|---:|---:|");
            foreach (var t in coverage.Thresholds)
            {
                var d = report.Scorer(t.ScorerKey).Descriptor;
                var m = t.Meeting;
                var names = m.Codes.Count == 0 ? "none" : string.Join(", ", m.Codes.Select(Code));
                writer.WriteLine($"| {Escape(t.Task)} / {Escape(t.Scorer)} | {Code(t.Model)} | {ReportFormat.Number(t.Threshold, d)} | {m.Languages} of {t.Evaluated}: {names} | "
                    + $"{L1(m)} | {Percent(m.FirstLanguageShare)} | {Millions(m.TotalMillions)} M | {Percent(m.TotalShare)} |");
            }
            writer.WriteLine();
        }
        writer.WriteLine("### By resource class");
        writer.WriteLine();
        writer.WriteLine("Each class counts every language LangGap has speaker figures for in that class (a macrolanguage stands for its members).");
        writer.WriteLine();
        writer.WriteLine("| Class | Languages evaluated | First-language speakers covered | Share of the class | Total speakers covered | Share of the class |");
        writer.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var c in coverage.ByClass.Where(c => c.Evaluated.Languages > 0 || c.ResourceClass is not null))
        {
            var cls = c.ResourceClass is { } rc ? rc.ToString(CultureInfo.InvariantCulture) : "unknown";
            var classL1 = c.FirstLanguageMillions > 0 ? $"{Percent(c.Evaluated.FirstLanguageShare)} of {Millions(c.FirstLanguageMillions)} M known" : "unknown";
            writer.WriteLine($"| {cls} | {c.Evaluated.Languages} of {c.LanguagesWithData} | {L1(c.Evaluated)} | {classL1} | "
                + $"{Millions(c.Evaluated.TotalMillions)} M | {Percent(c.Evaluated.TotalShare)} of {Millions(c.TotalMillions)} M |");
        }
        writer.WriteLine();
        writer.WriteLine("### Speakers of the evaluated languages");
        writer.WriteLine();
        writer.WriteLine("| Language | Class | First-language speakers (M) | Total speakers, L1+L2 (M) | Sources |");
        writer.WriteLine("|---|---:|---:|---:|---|");
        foreach (var s in coverage.Languages)
        {
            var sources = new[] { s.FirstLanguageSource, s.TotalSource }.OfType<string>().Distinct().ToList();
            writer.WriteLine($"| {Escape(s.Name)} ({Code(s.Code)}) | {(s.ResourceClass is { } rc ? rc.ToString(CultureInfo.InvariantCulture) : "—")} | "
                + $"{(s.FirstLanguageMillions is { } l1 ? Millions(l1) : "unknown")} | {(s.TotalMillions is { } t ? Millions(t) : "unknown")} | {(sources.Count == 0 ? "—" : string.Join(", ", sources))} |");
        }
        writer.WriteLine();
        foreach (var (key, text) in coverage.Sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"- `{key}`: {Escape(text)}");
        }
        writer.WriteLine();
    }

    /// <summary>The coverage of the evaluated languages in one sentence, saying what is unknown.</summary>
    internal static string Sentence(ReportSpeakerShare e)
    {
        var l1 = e.WithFirstLanguage == 0
            ? $"LangGap has no sourced first-language figure for any of the {e.Languages} evaluated languages, so their first-language coverage is unknown"
            : $"at least {Millions(e.FirstLanguageMillions)} million ({Percent(e.FirstLanguageShare)}) have one of the {e.Languages} evaluated languages as their first language"
                + (e.WithFirstLanguage < e.Languages ? $" (first-language figures are known for {e.WithFirstLanguage} of them)" : "");
        var total = $"{Millions(e.TotalMillions)} million speak one of them as a first or second language ({Percent(e.TotalShare)} of the world; "
            + "a person who speaks two of them counts twice, so this is an upper bound"
            + (e.WithTotal < e.Languages ? $"; total figures known for {e.WithTotal} of {e.Languages}" : "") + ").";
        return $"{l1}; {total}";
    }

    private static string L1(ReportSpeakerShare s) =>
        s.Languages == 0 ? "0 M" : s.WithFirstLanguage == 0 ? "unknown" : $"{Millions(s.FirstLanguageMillions)} M{(s.WithFirstLanguage < s.Languages ? $" ({s.WithFirstLanguage} of {s.Languages} known)" : "")}";
}
