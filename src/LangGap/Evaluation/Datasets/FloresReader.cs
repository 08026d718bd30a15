using LangGap.Languages;
using LangGap.Text;

namespace LangGap.Evaluation.Datasets;

/// <summary>Builds translation samples from FLORES-style aligned files: one file per language, line <c>i</c> of each is the same sentence.</summary>
/// <remarks>
/// A language's file is <c>&lt;directory&gt;/&lt;code&gt;</c> or <c>&lt;directory&gt;/&lt;code&gt;.&lt;anything&gt;</c>
/// (for example <c>eng_Latn.devtest</c>). For each target language and line, the sample's prompt is the source
/// sentence, its language is the target, its reference the target sentence; metadata holds the source language and
/// text. Ids are <c>source-target-line</c> (line numbered from 1, four digits).
/// </remarks>
internal static class FloresReader
{
    public static async Task<IReadOnlyList<Sample>> ReadAsync(string directory, string source, IReadOnlyList<string> targets, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory))
        {
            throw new InvalidInputException($"FLORES directory '{directory}' does not exist.");
        }
        var sourcePath = FileOf(directory, source);
        var sourceLines = await LineFile.ReadAllLinesAsync(sourcePath, null, cancellationToken).ConfigureAwait(false);
        var samples = new List<Sample>();
        foreach (var target in targets)
        {
            if (!LanguageTag.TryParse(target, out var targetTag))
            {
                throw new InvalidInputException($"FLORES target '{target}' is not a language code LangGap knows.");
            }
            var targetPath = FileOf(directory, target);
            var targetLines = await LineFile.ReadAllLinesAsync(targetPath, null, cancellationToken).ConfigureAwait(false);
            if (targetLines.Count != sourceLines.Count)
            {
                throw new InvalidInputException(
                    $"'{targetPath}' has {targetLines.Count} lines but '{sourcePath}' has {sourceLines.Count}; aligned files must have the same number of lines.");
            }
            for (var i = 0; i < sourceLines.Count; i++)
            {
                var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["source_language"] = source,
                    ["source"] = sourceLines[i],
                    ["target_language"] = target,
                };
                samples.Add(Sample.FromPrompt($"{source}-{target}-{i + 1:0000}", targetTag, sourceLines[i], [targetLines[i]], metadata));
            }
        }
        return samples;
    }

    private static string FileOf(string directory, string language)
    {
        var exact = Path.Combine(directory, language);
        if (File.Exists(exact))
        {
            return exact;
        }
        var candidates = Directory.GetFiles(directory, language + ".*").Order(StringComparer.Ordinal).ToList();
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new InvalidInputException($"No file for language '{language}' in '{directory}' (expected '{language}' or '{language}.*')."),
            _ => throw new InvalidInputException($"Several files for language '{language}' in '{directory}': {string.Join(", ", candidates.Select(Path.GetFileName))}."),
        };
    }
}
