using LangGap.Evaluation.Scoring;
using LangGap.Synthesis.Attributes;
using LangGap.Synthesis.Selection;
using Microsoft.Extensions.AI;

namespace LangGap.Cli.Commands.Synthesis;

/// <summary>The attributes <c>langgap steer</c> and <c>langgap prefs</c> objectives may name: every name of <see cref="AttributeCatalog"/>.</summary>
/// <remarks><c>judge</c> and <c>reward</c> measure with the model given by <c>--judge</c> and <c>--reward</c>; naming them
/// without it is an input error saying which option to add. <c>length-tokens</c> needs a tokenizer these commands do not
/// load, and says so.</remarks>
internal static class SynthesisAttributes
{
    /// <summary>The resolver for one command invocation, over the judge model (<c>--judge</c>) and reward scorer (<c>--reward</c>) it was given (any may be null).</summary>
    public static AttributeResolver Create(IChatClient? judge, string? judgeId, IScorer? reward)
    {
        var context = new AttributeContext { Judge = judge, JudgeId = judgeId, RewardModel = reward };
        return new(AttributeCatalog.Names.Select(name => new KeyValuePair<string, Func<IScorer>>(name, () => AttributeCatalog.Create(name, context))));
    }
}
