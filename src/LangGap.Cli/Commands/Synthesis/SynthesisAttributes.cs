using LangGap.Evaluation.Scoring;
using LangGap.Synthesis.Selection;
using Microsoft.Extensions.AI;

namespace LangGap.Cli.Commands.Synthesis;

/// <summary>The attributes <c>langgap steer</c> and <c>langgap prefs</c> objectives may name: the one place they are registered.</summary>
/// <remarks><c>judge</c> and <c>reward</c> measure with the model given by <c>--judge</c> and <c>--reward</c>; naming them
/// without it is a usage error saying which option to add.</remarks>
internal static class SynthesisAttributes
{
    /// <summary>The resolver for one command invocation, over the judge model (<c>--judge</c>) and reward scorer (<c>--reward</c>) it was given (any may be null).</summary>
    public static AttributeResolver Create(IChatClient? judge, string? judgeId, IScorer? reward) => new(new Dictionary<string, Func<IScorer>>
    {
        ["length"] = () => new LengthScorer(LengthUnit.Characters),
        ["length-words"] = () => new LengthScorer(LengthUnit.Words),
        ["fidelity"] = () => new FidelityScorer(),
        ["judge"] = () => judge is not null && judgeId is not null ? new JudgeScorer(judge, judgeId) : throw new UsageException("The objective names 'judge'; give the judge model with --judge."),
        ["reward"] = () => reward ?? throw new UsageException("The objective names 'reward'; give the reward model folder with --reward."),
    });
}
