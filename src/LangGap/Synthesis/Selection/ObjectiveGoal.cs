namespace LangGap.Synthesis.Selection;

/// <summary>Whether an objective term wants an attribute as high or as low as possible.</summary>
public enum ObjectiveGoal
{
    /// <summary>Prefer higher values (<c>:max</c>).</summary>
    Maximize,

    /// <summary>Prefer lower values (<c>:min</c>).</summary>
    Minimize,
}
