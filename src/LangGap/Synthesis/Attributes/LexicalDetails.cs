using LangGap.Evaluation.Scoring;

namespace LangGap.Synthesis.Attributes;

/// <summary>What the lexical attributes (MTLD, type-token ratio) record beside their value.</summary>
/// <param name="Tokens">The number of tokens <see cref="AttributeTokenizer"/> found.</param>
/// <param name="Types">The number of distinct tokens.</param>
public sealed record LexicalDetails(int Tokens, int Types) : ScoreDetails;
