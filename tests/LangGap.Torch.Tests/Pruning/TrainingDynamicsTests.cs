using LangGap.Torch.Pruning;
using LangGap.Torch.Training;

namespace LangGap.Torch.Tests.Pruning;

[Collection(TorchCollection.Name)]
public sealed class TrainingDynamicsTests
{
    private static readonly TranslationEncoding Encoding = new(48);

    private static EncodedPair[] Pairs() =>
    [
        .. new[] { ("Hello", "Hallo"), ("Good day", "Guten Tag"), ("Thank you", "Danke"), ("The house is big", "Das Haus ist groß"),
                   ("Water", "Wasser"), ("Good night", "Gute Nacht") }
            .Select(p => { var (ids, start) = Encoding.Pair(p.Item1, p.Item2, "de"); return new EncodedPair(ids, start); }),
    ];

    private static readonly TrainingOptions Options = new() { BatchSize = 4, LearningRate = 1e-2, MinLearningRate = 1e-3, WarmupSteps = 1, Seed = 3 };

    private static string TempDir() => Path.Combine(Path.GetTempPath(), $"langgap-dyn-{Guid.NewGuid():N}");

    [Fact]
    public void Pair_LongTarget_CutToMaxTokensOnCharacterBoundary()
    {
        var (ids, start) = Encoding.Pair("Hi", new string('ß', 40), "de");

        Assert.True(ids.Length <= 48);
        Assert.Equal(TranslationEncoding.Separator, ids[start - 1]);
        Assert.Equal(TranslationEncoding.End, ids[^1]);
        Assert.Equal(new string('ß', (ids.Length - start - 1) / 2), TranslationEncoding.Decode(ids[start..]));
    }

    [Fact]
    public void Record_KilledAfterFirstCheckpoint_ResumesToSamePerplexities()
    {
        var pairs = Pairs();
        var full = TempDir();
        var resumed = TempDir();

        var expected = TrainingDynamics.Record(pairs, TranslationEncoding.TinyConfig, Options, [3, 6], full);
        TrainingDynamics.Record(pairs, TranslationEncoding.TinyConfig, Options, [3, 6], resumed);
        // A run killed after its first checkpoint: the later checkpoint and the cached scores are gone.
        Directory.Delete(CheckpointedTraining.CheckpointDirectory(resumed, 6), recursive: true);
        File.Delete(Path.Combine(CheckpointedTraining.CheckpointDirectory(resumed, 3), "perplexities.txt"));
        var actual = TrainingDynamics.Record(pairs, TranslationEncoding.TinyConfig, Options, [3, 6], resumed);

        Assert.Equal(pairs.Length, actual.Length);
        for (var i = 0; i < pairs.Length; i++)
        {
            Assert.Equal(expected[i][0], actual[i][0], 9);
            Assert.Equal(expected[i][1], actual[i][1], 5);
            Assert.NotEqual(expected[i][0], expected[i][1]);
        }
    }

    [Fact]
    public void Record_OtherSettingsInSameFolder_Refused()
    {
        var pairs = Pairs();
        var dir = TempDir();
        TrainingDynamics.Record(pairs, TranslationEncoding.TinyConfig, Options, [2], dir);

        var error = Assert.Throws<InvalidInputException>(() => TrainingDynamics.Record(pairs, TranslationEncoding.TinyConfig, Options with { Seed = 4 }, [2], dir));

        Assert.Contains("other data or settings", error.Message);
    }

    [Fact]
    public void Score_BatchSizes_GiveSamePerplexities()
    {
        var pairs = Pairs();
        using var model = new LangGap.Torch.Modules.CausalLM(TranslationEncoding.TinyConfig);
        NextTokenTrainer.Initialize(model, 0.02, 7);

        var one = TargetPerplexityScorer.Score(model, pairs, batchSize: 1);
        var all = TargetPerplexityScorer.Score(model, pairs, batchSize: 8);

        for (var i = 0; i < pairs.Length; i++)
        {
            Assert.True(Math.Abs(one[i] - all[i]) <= 1e-5 * one[i], $"{one[i]} vs {all[i]}");
            Assert.InRange(one[i], 100, 400);   // near-uniform over 259 ids before training
        }
    }

    [Fact]
    public void TrainStep_RepeatedOnTinyCorpus_LowersTargetLoss()
    {
        var pairs = Pairs();
        using var model = new LangGap.Torch.Modules.CausalLM(TranslationEncoding.TinyConfig);
        NextTokenTrainer.Initialize(model, 0.02, 1);
        using var trainer = new TranslationTrainer(model, pairs, Options with { Steps = 30 });

        var first = trainer.TrainStep();
        var last = 0.0;
        for (var i = 0; i < 29; i++)
        {
            last = trainer.TrainStep();
        }

        Assert.True(last < first - 1, $"loss went from {first} to {last}");
    }
}
