using LangGap.Evaluation.Scoring;

namespace LangGap.Synthesis.Selection;

/// <summary>Turns the attribute names of an objective (<c>length</c>, <c>fidelity</c>, <c>judge</c>, …) into scorers.</summary>
/// <remarks>The resolver is given by the caller, so the attributes an objective may name are whatever scorers the
/// application registers (a catalog of attribute scorers, a judge or reward model named on the command line). Names
/// are matched case-insensitively; each resolution makes a new scorer.</remarks>
public sealed class AttributeResolver
{
    private readonly Dictionary<string, Func<IScorer>> _factories;

    /// <summary>A resolver over <paramref name="factories"/>, attribute name → scorer factory.</summary>
    public AttributeResolver(IEnumerable<KeyValuePair<string, Func<IScorer>>> factories)
    {
        ArgumentNullException.ThrowIfNull(factories);
        _factories = new Dictionary<string, Func<IScorer>>(factories, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The names an objective may use, sorted.</summary>
    public IReadOnlyList<string> Names => [.. _factories.Keys.Order(StringComparer.Ordinal)];

    /// <summary>The scorer of attribute <paramref name="name"/>.</summary>
    /// <exception cref="InvalidInputException">No attribute has that name; the message lists the known ones.</exception>
    public IScorer Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _factories.TryGetValue(name, out var factory)
            ? factory()
            : throw new InvalidInputException($"The objective names an unknown attribute '{name}'; known attributes: {string.Join(", ", Names)}.");
    }
}
