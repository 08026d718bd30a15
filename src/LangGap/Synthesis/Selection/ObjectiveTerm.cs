using LangGap.Evaluation.Scoring;

namespace LangGap.Synthesis.Selection;

/// <summary>One term of an <see cref="AttributeObjective"/>: an attribute, its goal and its weight.</summary>
/// <param name="Attribute">The attribute's name as the objective writes it (<c>length</c>).</param>
/// <param name="Goal">Maximise or minimise.</param>
/// <param name="Weight">The term's weight (positive).</param>
/// <param name="Scorer">The scorer that measures the attribute.</param>
public sealed record ObjectiveTerm(string Attribute, ObjectiveGoal Goal, double Weight, IScorer Scorer)
{
    /// <summary>The term as written: <c>length:min</c>, <c>mtld:max:2</c>.</summary>
    public override string ToString() =>
        $"{Attribute}:{(Goal == ObjectiveGoal.Maximize ? "max" : "min")}" + (Weight == 1 ? "" : ":" + Weight.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
