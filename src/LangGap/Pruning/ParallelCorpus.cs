namespace LangGap.Pruning;

/// <summary>A parallel corpus: translation pairs with unique ids, in file order.</summary>
public sealed record ParallelCorpus
{
    /// <summary>Wraps <paramref name="examples"/>; ids must be unique.</summary>
    /// <exception cref="InvalidInputException">Two pairs share an id.</exception>
    public ParallelCorpus(string name, IReadOnlyList<ParallelExample> examples)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(examples);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var example in examples)
        {
            if (!seen.Add(example.Id))
            {
                throw new InvalidInputException($"{name}: the id '{example.Id}' occurs more than once; every pair needs its own id.");
            }
        }
        Name = name;
        Examples = examples;
    }

    /// <summary>Where the corpus came from (a path or a label).</summary>
    public string Name { get; }

    /// <summary>The pairs in file order.</summary>
    public IReadOnlyList<ParallelExample> Examples { get; }

    /// <summary>The number of pairs.</summary>
    public int Count => Examples.Count;

    /// <summary>True when at least one pair carries a noise mark (so the corpus marks noise at all).</summary>
    public bool MarksNoise => Examples.Any(e => e.Noise is not null);

    /// <summary>The language pairs present (<c>en-de</c>, …) in ordinal order.</summary>
    public IReadOnlyList<string> Pairs => Examples.Select(e => e.Pair).Distinct().Order(StringComparer.Ordinal).ToArray();
}
