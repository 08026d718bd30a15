using System.Globalization;

namespace LangGap.Survey.Selection;

/// <summary>Keyword rules that pick the papers of a survey from a corpus; the words that matched are kept per paper.</summary>
/// <remarks>
/// A rule file has one condition per line, <c>field: term, term, …</c>, with field <c>title</c>, <c>abstract</c>
/// or <c>any</c>; <c>#</c> starts a comment. A paper is selected when every line matches (AND across lines) and a
/// line matches when any of its terms occurs (OR within a line). Terms are case-insensitive whole words; a trailing
/// <c>*</c> matches continuations. The default is the review's rule, <c>abstract: safe, safety</c>.
/// </remarks>
public sealed class SelectionRule
{
    /// <summary>The text of the default rule.</summary>
    public const string DefaultText = "abstract: safe, safety";

    private SelectionRule(IReadOnlyList<SelectionCondition> conditions, string text)
    {
        Conditions = conditions;
        Text = text;
    }

    /// <summary>The review's rule: the abstract contains the word "safe" or "safety".</summary>
    public static SelectionRule Default { get; } = Parse(DefaultText, "default rule");

    /// <summary>The conditions, all of which must hold.</summary>
    public IReadOnlyList<SelectionCondition> Conditions { get; }

    /// <summary>The rule in the file format, one condition per line.</summary>
    public string Text { get; }

    /// <summary>Parses a rule file's text; <paramref name="name"/> names it in errors.</summary>
    /// <exception cref="InvalidInputException">A line has no field, an unknown field or no term (message names file and line).</exception>
    public static SelectionRule Parse(string text, string name)
    {
        ArgumentNullException.ThrowIfNull(text);
        var conditions = new List<SelectionCondition>();
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Split('#', 2)[0].Trim();
            if (line.Length == 0)
            {
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw InvalidInputException.At(name, lineNumber, $"expected 'title:', 'abstract:' or 'any:' before the terms, found '{line}'.");
            }
            var field = line[..colon].Trim().ToLowerInvariant() switch
            {
                "title" => SearchField.Title,
                "abstract" => SearchField.Abstract,
                "any" => SearchField.Any,
                var other => throw InvalidInputException.At(name, lineNumber, $"the field must be title, abstract or any, found '{other}'."),
            };
            var terms = line[(colon + 1)..].Split(',').Select(t => t.Trim()).Where(t => t.Trim('*', '"').Length > 0).ToList();
            if (terms.Count == 0)
            {
                throw InvalidInputException.At(name, lineNumber, "the line names no term.");
            }
            conditions.Add(new SelectionCondition(field, terms));
        }
        if (conditions.Count == 0)
        {
            throw new InvalidInputException($"{name}: the rule file has no condition.");
        }
        var canonical = string.Join('\n', conditions.Select(c =>
            $"{c.Field.ToString().ToLower(CultureInfo.InvariantCulture)}: {string.Join(", ", c.Terms)}"));
        return new SelectionRule(conditions, canonical);
    }

    /// <summary>Reads a rule file.</summary>
    public static async Task<SelectionRule> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"{path}: no such rule file.");
        }
        return Parse(await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false), path);
    }

    /// <summary>The distinct words that matched (lower-cased, in order of first match), or null when the paper is not selected.</summary>
    public IReadOnlyList<string>? Match(string title, string? abstractText)
    {
        var words = new List<string>();
        foreach (var condition in Conditions)
        {
            var found = false;
            foreach (var text in Fields(condition.Field, title, abstractText))
            {
                for (var m = condition.Pattern.Match(text); m.Success; m = m.NextMatch())
                {
                    found = true;
                    var word = m.Value.ToLowerInvariant();
                    if (!words.Contains(word))
                    {
                        words.Add(word);
                    }
                }
            }
            if (!found)
            {
                return null;
            }
        }
        return words;
    }

    private static IEnumerable<string> Fields(SearchField field, string title, string? abstractText)
    {
        if (field is SearchField.Title or SearchField.Any)
        {
            yield return title;
        }
        if (field is SearchField.Abstract or SearchField.Any && abstractText is not null)
        {
            yield return abstractText;
        }
    }
}
