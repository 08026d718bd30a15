using System.Runtime.CompilerServices;

namespace LangGap.Metrics;

/// <summary>
/// Remembers what a metric prepared from a set of reference streams, so scoring many systems against the same
/// references prepares them once.
/// </summary>
/// <remarks>
/// Keyed by the first stream's identity and checked line by line by reference equality (strings are immutable), so
/// a list that was changed in place is prepared again rather than served stale.
/// </remarks>
internal sealed class ReferenceCache<T> where T : class
{
    private readonly ConditionalWeakTable<IReadOnlyList<string>, Entry> _entries = new();

    /// <summary>The prepared value for <paramref name="references"/>, created with <paramref name="create"/> when not cached.</summary>
    public T GetOrCreate(IReadOnlyList<IReadOnlyList<string>> references, Func<IReadOnlyList<IReadOnlyList<string>>, T> create)
    {
        if (_entries.TryGetValue(references[0], out var entry) && entry.Matches(references))
        {
            return entry.Value;
        }
        var value = create(references);
        _entries.AddOrUpdate(references[0], new Entry(references.Select(r => r.ToArray()).ToArray(), value));
        return value;
    }

    private sealed record Entry(string[][] Lines, T Value)
    {
        public bool Matches(IReadOnlyList<IReadOnlyList<string>> references)
        {
            if (references.Count != Lines.Length)
            {
                return false;
            }
            for (var k = 0; k < Lines.Length; k++)
            {
                var stream = references[k];
                if (stream.Count != Lines[k].Length)
                {
                    return false;
                }
                for (var i = 0; i < stream.Count; i++)
                {
                    if (!ReferenceEquals(stream[i], Lines[k][i]))
                    {
                        return false;
                    }
                }
            }
            return true;
        }
    }
}
