using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace LangGap.Safety;

/// <summary>Text normalisation shared by the refusal and profanity lexicons, and the reader of their embedded TSV files.</summary>
internal static class SafetyText
{
    /// <summary>NFKC, lower case (invariant), curly apostrophes as <c>'</c>, ZWNJ/ZWJ and the Devanagari nukta removed, Romanian cedillas as commas, single spaces.</summary>
    /// <remarks>The lexicons go through the same function, so a phrase matches whichever way a model spells these variants.</remarks>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length + 2);
        builder.Append(' ');
        var space = true;
        foreach (var c in folded)
        {
            var mapped = c switch
            {
                '\u2019' or '\u2018' or '\u02bc' or '`' or '\u00b4' => '\'',
                '\u015f' => '\u0219',
                '\u0163' => '\u021b',
                _ => c,
            };
            if (mapped is '\u200c' or '\u200d' or '\u093c')
            {
                continue;
            }
            if (char.IsWhiteSpace(mapped))
            {
                if (!space) builder.Append(' ');
                space = true;
                continue;
            }
            builder.Append(mapped);
            space = false;
        }
        if (!space) builder.Append(' ');
        return builder.ToString();
    }

    /// <summary>Whether a character is a letter or mark (part of a word) for whole-word matching.</summary>
    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Reads an embedded <c>language TAB entry</c> file; lines starting with <c>#</c> are comments.</summary>
    /// <summary>The SHA-256 (lower-case hex) of a lexicon's entries in order: what a scorer's identity names the lexicon by.</summary>
    public static string Fingerprint(IEnumerable<(string Language, string Entry)> entries)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (language, entry) in entries)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(language + "\u001f" + entry + "\n"));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static IReadOnlyList<(string Language, string Entry)> ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from LangGap.dll.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var entries = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new InvalidOperationException($"{name}: expected 'language<TAB>entry', found '{line}'.");
            }
            entries.Add((line[..tab], line[(tab + 1)..]));
        }
        return entries;
    }
}
