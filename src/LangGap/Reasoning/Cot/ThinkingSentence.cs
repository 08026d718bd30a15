namespace LangGap.Reasoning.Cot;

/// <summary>One sentence of a chain of thought with its language.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Language">The language label of most of its words (fastText's, e.g. <c>en</c>), or <see langword="null"/>
/// for a sentence without letters (pure arithmetic), which has no language.</param>
/// <param name="Words">Its words.</param>
/// <param name="CodeMixed">Whether it mixes languages (intra-sentential mixing).</param>
public sealed record ThinkingSentence(string Text, string? Language, int Words, bool CodeMixed);
