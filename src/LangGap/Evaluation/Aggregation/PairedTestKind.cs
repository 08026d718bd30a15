namespace LangGap.Evaluation.Aggregation;

/// <summary>The paired test a comparison used; chosen from the scorer's kind and the number of prompts.</summary>
public enum PairedTestKind
{
    /// <summary>Exact McNemar (two-sided binomial test on discordant pairs): binary scores, one generation per prompt.</summary>
    McNemarExact,

    /// <summary>Exact sign-flip permutation test, every sign assignment enumerated: graded or ordinal scores (or clustered binary ones) on at most 20 prompts.</summary>
    SignFlipExact,

    /// <summary>Paired bootstrap over prompts: graded or ordinal scores (or clustered binary ones) on more than 20 prompts.</summary>
    PairedBootstrap,
}
