using System.Text.RegularExpressions;

namespace LangGap.Tests.Statistics;

/// <summary>Statistics is a leaf: it uses no other LangGap folder, so metrics, evaluation and reports can all build on it.</summary>
public partial class StatisticsLeafTests
{
    [Fact]
    public void SourceFiles_ReferenceOnlyStatistics_NoOtherLangGapFolder()
    {
        var folder = Path.Combine(ReferenceData.RepositoryRoot, "src", "LangGap", "Statistics");
        var files = Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories);
        Assert.NotEmpty(files);

        var offences = new List<string>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match match in OtherFolder().Matches(lines[i]))
                {
                    offences.Add($"{Path.GetRelativePath(folder, file)}:{i + 1}: {match.Value}");
                }
            }
        }

        Assert.True(offences.Count == 0, "Statistics must not reference other LangGap folders:\n" + string.Join('\n', offences));
    }

    // "LangGap.<Folder>" where the folder is not Statistics (namespaces, usings and qualified names alike).
    [GeneratedRegex(@"\bLangGap\.(?!Statistics\b)[A-Z][A-Za-z]*")]
    private static partial Regex OtherFolder();
}
