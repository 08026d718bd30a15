namespace LangGap.Models.LogLikelihood;

/// <summary>How likely a continuation was after its context.</summary>
/// <param name="LogProb">Sum of the natural-log probabilities of the continuation's tokens.</param>
/// <param name="TokenCount">How many tokens the continuation was.</param>
public sealed record ContinuationScore(double LogProb, int TokenCount);
