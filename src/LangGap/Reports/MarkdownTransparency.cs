using System.Globalization;
using static LangGap.Reports.MarkdownReportRenderer;

namespace LangGap.Reports;

/// <summary>The transparency card of the Markdown report: languages and items, data provenance, judges, decoding, seeds, versions, signatures.</summary>
internal static class MarkdownTransparency
{
    public static void Write(RunReport report, TextWriter writer)
    {
        var tr = report.Transparency;
        writer.WriteLine("## How these numbers were made");
        writer.WriteLine();
        writer.WriteLine("| Language | Class | Prompts written | Items scored |");
        writer.WriteLine("|---|---:|---|---:|");
        foreach (var l in tr.Languages)
        {
            writer.WriteLine($"| {Escape(l.Name)} ({Code(l.Code)}) | {(l.ResourceClass is { } rc ? rc.ToString(CultureInfo.InvariantCulture) : "—")} | "
                + $"{(l.PromptOrigin is { } o ? Escape(o) : "unspecified")} | {l.Items} |");
        }
        writer.WriteLine();
        if (tr.Tasks.Count > 0)
        {
            writer.WriteLine("| Task | Data provenance | Dataset | Decoding |");
            writer.WriteLine("|---|---|---|---|");
            foreach (var t in tr.Tasks)
            {
                writer.WriteLine($"| {Escape(t.Task)} | {Escape(t.Provenance)} | {Escape(t.Dataset)} | {Escape(t.Decoding)} |");
            }
            writer.WriteLine();
        }
        writer.WriteLine($"- Suite: {(tr.Suite is null ? "not recorded" : Escape(tr.Suite))}; models: {string.Join(", ", tr.Models.Select(Code))}.");
        writer.WriteLine(tr.Judges.Count == 0
            ? "- Judges: none (every score is computed, not judged)."
            : $"- Judges: {string.Join(", ", tr.Judges.Select(Code))}; instructed in {tr.JudgeInstructionLanguage}, with the answer's expected language named in the instructions.");
        writer.WriteLine($"- Seeds: run {string.Join(", ", tr.RunSeeds)}; statistics {tr.StatisticsSeed} ({tr.Resamples} bootstrap resamples; {tr.Correction} correction over each task's languages).");
        writer.WriteLine($"- Generations: {tr.Generations} ({tr.FailedGenerations} failed, never scored); unscored items are counted and left out of means, never scored 0.");
        writer.WriteLine($"- LangGap {tr.LangGapVersion}; run ids {string.Join(", ", report.RunIds.Select(Code))}.");
        foreach (var s in tr.Signatures)
        {
            writer.WriteLine($"- Signature: `{s}`");
        }
        if (tr.UnknownScores > 0)
        {
            writer.WriteLine($"- {tr.UnknownScores} stored scores left out: the run store does not describe their scorer.");
        }
        writer.WriteLine("- Caveat: test items may have been seen in training (contamination is not checked); translated items may keep the source language's topics and phrasing.");
    }
}
