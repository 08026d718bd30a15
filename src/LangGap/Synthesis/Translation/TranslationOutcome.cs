using LangGap.Evaluation;

namespace LangGap.Synthesis.Translation;

/// <summary>The prompts in every target language (native ones and accepted translations) and what was rejected.</summary>
/// <param name="Prompts">Target language-major, then source order. A translation's id is <c>SOURCE-ID@LANG</c>, its
/// metadata holds <c>source_id</c>, <c>source_language</c> and <c>source_prompt</c>.</param>
/// <param name="Counts">Per target language, in the order asked.</param>
/// <param name="Summary">The translation run's summary.</param>
public sealed record TranslationOutcome(IReadOnlyList<Sample> Prompts, IReadOnlyList<TranslationCount> Counts, RunSummary Summary);
