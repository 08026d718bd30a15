namespace LangGap.Survey.Selection;

/// <summary>Paper ids removed from a survey by hand (the review's false positives), each with an optional reason.</summary>
/// <remarks>File format: one id per line, optionally followed by white space and a reason; <c>#</c> starts a comment.</remarks>
public sealed class ExclusionList
{
    private readonly Dictionary<string, string> _reasons;

    private ExclusionList(Dictionary<string, string> reasons) => _reasons = reasons;

    /// <summary>The empty list.</summary>
    public static ExclusionList Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>How many ids the list holds.</summary>
    public int Count => _reasons.Count;

    /// <summary>True when <paramref name="id"/> is excluded.</summary>
    public bool Contains(string id) => _reasons.ContainsKey(id);

    /// <summary>Parses an exclusion list; <paramref name="name"/> names it in errors.</summary>
    public static ExclusionList Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var parts = line.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
            if (!reasons.TryAdd(parts[0], parts.Length > 1 ? parts[1].Trim() : ""))
            {
                throw InvalidInputException.At(name, lineNumber, $"paper id '{parts[0]}' is listed twice.");
            }
        }
        return new ExclusionList(reasons);
    }

    /// <summary>Reads an exclusion list file.</summary>
    public static async Task<ExclusionList> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"{path}: no such exclusion list.");
        }
        return Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), path);
    }
}
