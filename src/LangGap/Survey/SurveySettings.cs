namespace LangGap.Survey;

/// <summary>How a survey report was made, so it can be reproduced.</summary>
/// <param name="Sources">The corpus paths.</param>
/// <param name="FirstYear">First year kept, or null.</param>
/// <param name="LastYear">Last year kept, or null.</param>
/// <param name="Rule">The selection rule in file format.</param>
/// <param name="Exclusions">How many ids the exclusion list holds.</param>
/// <param name="SubtopicSource"><c>rules</c> or <c>judge:MODEL</c>.</param>
/// <param name="Seed">Bootstrap seed.</param>
/// <param name="Resamples">Bootstrap resamples.</param>
/// <param name="Datasets">How many data sets the dataset → languages table knows.</param>
/// <param name="Version">LangGap's version.</param>
public sealed record SurveySettings(
    IReadOnlyList<string> Sources, int? FirstYear, int? LastYear, string Rule, int Exclusions, string SubtopicSource,
    ulong Seed, int Resamples, int Datasets, string Version);
