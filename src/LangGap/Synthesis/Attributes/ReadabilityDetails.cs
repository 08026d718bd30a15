using LangGap.Evaluation.Scoring;

namespace LangGap.Synthesis.Attributes;

/// <summary>What <see cref="ReadabilityScorer"/> records beside its value.</summary>
/// <param name="Formula">The formula used (name and source).</param>
/// <param name="Sentences">Sentences counted.</param>
/// <param name="Words">Words counted.</param>
/// <param name="Syllables">Syllables counted.</param>
public sealed record ReadabilityDetails(string Formula, int Sentences, int Words, int Syllables) : ScoreDetails;
