using LangGap.Evaluation.Scoring;
using LangGap.Statistics;

namespace LangGap.Synthesis.Profiles;

/// <summary>The attribute profile of a data set per language, and optionally its comparison with another.</summary>
/// <param name="Source">The profiled file.</param>
/// <param name="Field">The text field.</param>
/// <param name="Attributes">The attribute names, in order.</param>
/// <param name="Descriptors">Each attribute's descriptor, by name.</param>
/// <param name="Scorers">Each attribute's scorer identity key (<c>name@settings-hash</c>), by name.</param>
/// <param name="Languages">One profile per language, ordered by language tag.</param>
/// <param name="Compared">The other file, or null.</param>
/// <param name="ComparedLanguages">The other file's profile per language, or empty.</param>
/// <param name="Comparisons">Per attribute and language, A against B; empty without a comparison.</param>
/// <param name="Correction">The correction across languages.</param>
/// <param name="Resamples">Bootstrap resamples.</param>
/// <param name="Seed">The seed of every resampling stream.</param>
public sealed record DataProfile(
    string Source,
    string Field,
    IReadOnlyList<string> Attributes,
    IReadOnlyDictionary<string, ScoreDescriptor> Descriptors,
    IReadOnlyDictionary<string, string> Scorers,
    IReadOnlyList<LanguageProfile> Languages,
    string? Compared,
    IReadOnlyList<LanguageProfile> ComparedLanguages,
    IReadOnlyList<AttributeComparison> Comparisons,
    PValueCorrection Correction,
    int Resamples,
    ulong Seed);
