using LangGap.Pruning;
using LangGap.Torch.Pruning;

namespace LangGap.Torch.Tests.Pruning;

public sealed class CorpusPrunerTests
{
    [Fact]
    public void Prune_DuplicatesOnCorpusSortedByLanguage_KeepsEveryLanguageAndDropsTheDuplicates()
    {
        // 20 German pairs then 20 Swahili pairs, one exact repeat in each; keeping 40 % must remove both repeats and
        // then draw the rest at random, not cut the Swahili block at the end of the file.
        var examples = new List<ParallelExample>();
        foreach (var (language, word) in new[] { ("de", "Haus"), ("sw", "nyumba") })
        {
            for (var i = 0; i < 20; i++)
            {
                var n = i == 19 ? 0 : i;
                examples.Add(new ParallelExample($"{language}{i}", $"{language} house {Number(n)}", $"{word} {Number(n)}", "en", language));
            }
        }
        var corpus = new ParallelCorpus("sorted", examples);

        var result = CorpusPruner.Prune(corpus, new PruneOptions { Method = PruningMethod.Duplicates, Keep = 0.4, Seed = 0 }, Path.GetTempPath());

        var kept = examples.Where((_, i) => result.Kept[i]).ToArray();
        Assert.Equal(16, kept.Length);
        Assert.DoesNotContain(kept, e => e.Id is "de19" or "sw19");
        Assert.InRange(kept.Count(e => e.TargetLanguage == "sw"), 4, 12);
    }

    // Spelled-out digits so the near-duplicate key (letters only) tells the pairs apart.
    private static string Number(int n) =>
        string.Join(' ', n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(d => new[] { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine" }[d - '0']));
}
