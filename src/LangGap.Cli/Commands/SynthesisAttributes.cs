using LangGap.Evaluation.Scoring;
using LangGap.Synthesis.Selection;

namespace LangGap.Cli.Commands;

/// <summary>The attributes <c>langgap steer</c> and <c>langgap prefs</c> objectives may name: the one place they are registered.</summary>
/// <remarks><c>judge</c> and <c>reward</c> measure with the model given by <c>--judge</c> and <c>--reward</c>; naming them
/// without it is a usage error saying which option to add.</remarks>
internal static class SynthesisAttributes
{
    /// <summary>The resolver for one command invocation, over the judge and reward scorers it was given (either may be null).</summary>
    public static AttributeResolver Create(IScorer? judge, IScorer? reward) => new(new Dictionary<string, Func<IScorer>>
    {
        ["length"] = () => new LengthScorer(LengthUnit.Characters),
        ["length-words"] = () => new LengthScorer(LengthUnit.Words),
        ["fidelity"] = () => new FidelityScorer(),
        ["judge"] = () => judge ?? throw new UsageException("The objective names 'judge'; give the judge model with --judge."),
        ["reward"] = () => reward ?? throw new UsageException("The objective names 'reward'; give the reward model folder with --reward."),
    });
}
