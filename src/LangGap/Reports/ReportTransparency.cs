namespace LangGap.Reports;

/// <summary>How the numbers were made: languages, prompt origin, judges, versions, model ids, seeds, signatures.</summary>
/// <param name="Suite">The suite name, or <see langword="null"/> when unknown.</param>
/// <param name="LangGapVersion">The LangGap version that wrote the report.</param>
/// <param name="RunVersions">The versions the run recorded (LangGap, .NET, OS), as JSON text per run.</param>
/// <param name="Models">The model ids.</param>
/// <param name="Judges">The judge models used by judge scorers.</param>
/// <param name="RunSeeds">The run seeds.</param>
/// <param name="StatisticsSeed">The seed of the bootstrap resampling.</param>
/// <param name="Resamples">Bootstrap resamples per test.</param>
/// <param name="Correction">The multiple-comparison correction.</param>
/// <param name="Languages">The languages with resource class and prompt origin.</param>
/// <param name="Signatures">Metric signatures (sacrebleu style).</param>
/// <param name="Generations">Stored generations.</param>
/// <param name="FailedGenerations">Stored generations that failed (not scored).</param>
/// <param name="ReferenceLanguage">The language gaps are measured against, or <see langword="null"/>.</param>
/// <param name="UnknownScores">Stored scores left out because the store does not describe their scorer (written before LangGap 0.2).</param>
public sealed record ReportTransparency(string? Suite, string LangGapVersion, IReadOnlyList<string> RunVersions, IReadOnlyList<string> Models,
    IReadOnlyList<string> Judges, IReadOnlyList<long> RunSeeds, ulong StatisticsSeed, int Resamples, string Correction,
    IReadOnlyList<ReportLanguage> Languages, IReadOnlyList<string> Signatures, long Generations, long FailedGenerations, string? ReferenceLanguage, long UnknownScores)
{
    /// <summary>Per task: where its data came from as the suite declares it (<c>native</c>, <c>human-translated</c>, <c>machine-translated</c>, <c>mixed</c>), else <c>unspecified</c>.</summary>
    public IReadOnlyList<ReportTaskCard> Tasks { get; init; } = [];

    /// <summary>The language judges are instructed in (LangGap's judge prompts are English; the answer's language is named in them), or <see langword="null"/> without judges.</summary>
    public string? JudgeInstructionLanguage { get; init; }
}
