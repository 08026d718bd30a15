namespace LangGap.Reports.Coverage;

/// <summary>Who the evaluation covers: the evaluated languages' speakers as shares of the world's, by resource class and at the user's thresholds.</summary>
/// <param name="WorldPopulationMillions">The world population the shares are taken of, in millions.</param>
/// <param name="Languages">Per evaluated language: its speaker figures and their sources.</param>
/// <param name="Evaluated">The evaluated languages' speakers as shares of the world population.</param>
/// <param name="ByClass">Coverage within each resource class, highest class first.</param>
/// <param name="Thresholds">Per model, task scorer and threshold: the languages that meet it.</param>
/// <param name="Sources">Every source key used, with what it is.</param>
public sealed record ReportCoverage(double WorldPopulationMillions, IReadOnlyList<ReportSpeakers> Languages, ReportSpeakerShare Evaluated,
    IReadOnlyList<ReportClassCoverage> ByClass, IReadOnlyList<ReportThresholdCoverage> Thresholds, IReadOnlyDictionary<string, string> Sources);
