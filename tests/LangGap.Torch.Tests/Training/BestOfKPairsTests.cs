using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using LangGap.Torch.Training;
using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Rewards;

namespace LangGap.Torch.Tests.Training;

[Collection(TorchCollection.Name)]
public sealed class BestOfKPairsTests
{
    [Fact]
    public async Task BuildAsync_LengthReward_ChoosesLongestAndWritesLoadablePreferenceFile()
    {
        // Arrange
        var folder = TinyModel.CreateFolder();
        var file = Path.Combine(folder, "pairs.jsonl");
        try
        {
            using var model = HfCheckpoint.Load(folder);

            // Act
            var pairs = await BestOfKPairs.BuildAsync(model, TinyModel.Prompts(), new LengthReward(), 4, new SamplingOptions { MaxNewTokens = 8, Seed = 3 });
            await BestOfKPairs.WriteAsync(file, pairs);
            var loaded = await TrainingDataset.LoadAsync(file, null, CancellationToken.None);

            // Assert
            Assert.NotEmpty(pairs);
            Assert.All(pairs, p => Assert.True(p.Chosen!.EnumerateRunes().Count() > p.Rejected!.EnumerateRunes().Count()));
            Assert.Equal(TrainingDataKind.Preference, loaded.Kind);
            Assert.Equal(pairs.Select(p => p.Chosen), loaded.Records.Select(r => r.Chosen));
        }
        finally
        {
            TinyModel.Delete(folder);
        }
    }
}
