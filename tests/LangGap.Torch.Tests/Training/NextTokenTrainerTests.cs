using LangGap.Torch.Checkpoints;
using LangGap.Torch.Modules;
using LangGap.Torch.Training;

namespace LangGap.Torch.Tests.Training;

[Collection(TorchCollection.Name)]
public sealed class NextTokenTrainerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("langgap-train-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static readonly TrainingOptions Options = new()
    {
        Steps = 8, BatchSize = 2, SequenceLength = 16, WarmupSteps = 2, LearningRate = 1e-2, MinLearningRate = 1e-3, Seed = 7,
    };

    private static TokenCorpus Corpus()
    {
        var english = string.Concat(Enumerable.Repeat("the cat sat on the mat. ", 20)).Select(c => (int)c).ToArray();
        var other = string.Concat(Enumerable.Repeat("paka alikaa kwenye mkeka. ", 8)).Select(c => (int)c).ToArray();
        return new TokenCorpus(new Dictionary<string, int[]> { ["en"] = english, ["sw"] = other });
    }

    private static NextTokenTrainer NewTrainer()
    {
        var model = new CausalLM(EmbeddedModelRecipe.TinyConfig);
        NextTokenTrainer.Initialize(model, 0.02, Options.Seed);
        return new NextTokenTrainer(model, Corpus(), Options);
    }

    [Fact]
    public void TrainStep_RepetitiveText_LossFalls()
    {
        // Arrange
        using var trainer = NewTrainer();

        // Act
        var first = trainer.TrainStep();
        double last = 0;
        for (var i = 1; i < Options.Steps; i++)
        {
            last = trainer.TrainStep();
        }

        // Assert
        Assert.True(last < first - 0.5, $"loss {first} → {last}");
        trainer.Model.Dispose();
    }

    [Fact]
    public void Resume_FromCheckpointMidway_ContinuesWithIdenticalLosses()
    {
        // Arrange
        var tokenizerPath = Path.Combine(_dir, "source-tokenizer.json");
        File.WriteAllText(tokenizerPath, ByteLevelTokenizer.Create(EmbeddedModelRecipe.SpecialTokens));
        using var straight = NewTrainer();
        for (var i = 0; i < 4; i++)
        {
            straight.TrainStep();
        }
        TrainingCheckpoint.Save(_dir, straight, tokenizerPath, includeTrainingState: true);
        var expected = Enumerable.Range(0, 4).Select(_ => straight.TrainStep()).ToArray();

        // Act
        using var resumed = TrainingCheckpoint.Resume(_dir, Corpus());
        var actual = Enumerable.Range(0, 4).Select(_ => resumed.TrainStep()).ToArray();

        // Assert
        Assert.Equal(4, resumed.Step - 4);
        Assert.Equal(expected, actual);
        straight.Model.Dispose();
        resumed.Model.Dispose();
    }

    [Fact]
    public void LearningRateAt_WarmupThenCosine_PeaksAndEndsAtMinimum()
    {
        // Arrange
        var options = new TrainingOptions { Steps = 100, WarmupSteps = 10, LearningRate = 1, MinLearningRate = 0.1 };

        // Act
        var start = options.LearningRateAt(0);
        var peak = options.LearningRateAt(9);
        var end = options.LearningRateAt(100);

        // Assert
        Assert.Equal(0.1, start, 12);
        Assert.Equal(1.0, peak, 12);
        Assert.Equal(0.1, end, 12);
    }
}
