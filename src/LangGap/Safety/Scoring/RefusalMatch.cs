namespace LangGap.Safety.Scoring;

/// <summary>A refusal phrase found in a response.</summary>
/// <param name="Language">The language code the phrase belongs to.</param>
/// <param name="Phrase">The phrase as written in the lexicon.</param>
public sealed record RefusalMatch(string Language, string Phrase);
