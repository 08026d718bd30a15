namespace LangGap.Reasoning;

/// <summary>The phrases of one language used to force reasoning into it.</summary>
/// <param name="Language">The language code (BCP-47).</param>
/// <param name="Wait">The ignore string of budget extension ("Wait").</param>
/// <param name="ThinkingPrefix">The opening of the thinking ("Okay, let me try to figure this out.").</param>
/// <param name="SystemLine">A system instruction to think in the language, written in it.</param>
public sealed record ForcingPhrase(string Language, string Wait, string ThinkingPrefix, string SystemLine);
