namespace LangGap.Survey.Ingest;

/// <summary>The papers read from one or more sources, with what was read and what was missing.</summary>
/// <param name="Papers">Every paper, in source order; papers without an abstract are kept (their <see cref="SurveyPaper.Abstract"/> is null).</param>
/// <param name="Files">How many files (XML volumes, BibTeX or JSONL files) were read.</param>
/// <param name="Sources">The paths the user gave.</param>
public sealed record PaperCorpus(IReadOnlyList<SurveyPaper> Papers, int Files, IReadOnlyList<string> Sources)
{
    /// <summary>How many papers have no abstract.</summary>
    public int WithoutAbstract => Papers.Count(p => p.Abstract is null);
}
