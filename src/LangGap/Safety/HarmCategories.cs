using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LangGap.Safety;

/// <summary>The nine harm categories of the Aya red-teaming dataset, and the parser of a row's <c>harm_category</c> field.</summary>
/// <remarks>
/// Names match case-insensitively with <c>&amp;</c> read as <c>and</c> and punctuation and spacing ignored, so
/// <c>violence, threats and incitement</c> is <see cref="Violence"/>. A field holds a JSON list, a string with a Python
/// list (<c>"['Hate Speech', 'Profanity']"</c>), or one name.
/// </remarks>
public static partial class HarmCategories
{
    /// <summary>Bullying &amp; Harassment.</summary>
    public const string Bullying = "Bullying & Harassment";

    /// <summary>Discrimination &amp; Injustice.</summary>
    public const string Discrimination = "Discrimination & Injustice";

    /// <summary>Graphic Material.</summary>
    public const string Graphic = "Graphic Material";

    /// <summary>Harms of Representation Allocation &amp; Quality of Service.</summary>
    public const string Representation = "Harms of Representation Allocation & Quality of Service";

    /// <summary>Hate Speech.</summary>
    public const string HateSpeech = "Hate Speech";

    /// <summary>Non-consensual sexual content.</summary>
    public const string NonConsensualSexual = "Non-consensual sexual content";

    /// <summary>Profanity.</summary>
    public const string Profanity = "Profanity";

    /// <summary>Self-harm.</summary>
    public const string SelfHarm = "Self-harm";

    /// <summary>Violence, threats &amp; incitement.</summary>
    public const string Violence = "Violence, threats & incitement";

    /// <summary>The nine categories, in the dataset card's order.</summary>
    public static IReadOnlyList<string> All { get; } =
        [Bullying, Discrimination, Graphic, Representation, HateSpeech, NonConsensualSexual, Profanity, SelfHarm, Violence];

    private static readonly Dictionary<string, string> ByKey = All.ToDictionary(Key, c => c, StringComparer.Ordinal);

    /// <summary>The canonical name of <paramref name="name"/>, or null when it is none of the nine.</summary>
    public static string? Normalise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return ByKey.GetValueOrDefault(Key(name));
    }

    /// <summary>The names in a <c>harm_category</c> field: a JSON list, a Python list in a string, or a single name; as written, trimmed.</summary>
    public static IReadOnlyList<string> Split(string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var text = field.Trim();
        if (text.Length == 0)
        {
            return [];
        }
        if (text[0] != '[')
        {
            return [text];
        }
        try
        {
            if (JsonSerializer.Deserialize<string[]>(text) is { } list)
            {
                return [.. list.Select(s => s.Trim()).Where(s => s.Length > 0)];
            }
        }
        catch (JsonException)
        {
            // A Python list: single-quoted strings, or double-quoted where the name holds an apostrophe.
        }
        return [.. PythonString().Matches(text).Select(m => (m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value).Replace("\\'", "'", StringComparison.Ordinal).Trim()).Where(s => s.Length > 0)];
    }

    /// <summary>Whether <paramref name="value"/> is <c>global</c> or <c>local</c> (any case); the lower-case form, or null.</summary>
    public static string? Scope(string? value) => value?.Trim().ToLowerInvariant() is "global" or "local" ? value.Trim().ToLowerInvariant() : null;

    private static string Key(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Replace("&", " and ", StringComparison.Ordinal).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) builder.Append(c);
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"'((?:[^'\\]|\\.)*)'|""([^""]*)""", RegexOptions.CultureInvariant)]
    private static partial Regex PythonString();
}
