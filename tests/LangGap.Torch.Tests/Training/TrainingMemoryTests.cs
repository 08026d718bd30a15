using System.Diagnostics;
using LangGap.Torch.Modules;
using LangGap.Torch.Training;

namespace LangGap.Torch.Tests.Training;

/// <summary>Long runs keep flat memory: after warm-up, steps leave no tensors behind and resident memory stays bounded.</summary>
[Collection(TorchCollection.Name)]
public sealed class TrainingMemoryTests
{
    private const int WarmUp = 20;
    private const int Steps = 200;
    private const long ResidentBound = 48L << 20;   // far below what 180 leaked steps of even this tiny model's tensors would hold

    [Fact]
    public async Task TrainStepAsync_TwoHundredSftSteps_NoTensorsLeftBehindAndResidentMemoryBounded()
    {
        // Arrange
        var model = TinyModel.CreateFolder();
        var output = TinyModel.TempFolder();
        var options = new AlignmentOptions { Steps = Steps, BatchSize = 2, LearningRate = 1e-3, SaveEvery = 0 };
        try
        {
            using var trainer = AlignmentTrainer.Create(AlignmentMethod.Sft, model, TinyModel.Completions(), options, null, output);
            for (var i = 0; i < WarmUp; i++)
            {
                await trainer.TrainStepAsync();
            }
            var (liveBefore, residentBefore) = Measure();

            // Act
            for (var i = WarmUp; i < Steps; i++)
            {
                await trainer.TrainStepAsync();
            }
            var (liveAfter, residentAfter) = Measure();

            // Assert
            Assert.InRange(liveAfter - liveBefore, long.MinValue, 8);
            Assert.InRange(residentAfter - residentBefore, long.MinValue, ResidentBound);
        }
        finally
        {
            TinyModel.Delete(model, output);
        }
    }

    [Fact]
    public void TrainStep_TwoHundredSteps_NoTensorsLeftBehindAndResidentMemoryBounded()
    {
        // Arrange
        var english = string.Concat(Enumerable.Repeat("the cat sat on the mat. ", 40)).Select(c => (int)c).ToArray();
        var corpus = new TokenCorpus(new Dictionary<string, int[]> { ["en"] = english }, 0);
        using var model = new CausalLM(EmbeddedModelRecipe.TinyConfig);
        NextTokenTrainer.Initialize(model, 0.02, 1);
        using var trainer = new NextTokenTrainer(model, corpus, new TrainingOptions { Steps = Steps, BatchSize = 4, SequenceLength = 32 });
        for (var i = 0; i < WarmUp; i++)
        {
            trainer.TrainStep();
        }
        var (liveBefore, residentBefore) = Measure();

        // Act
        for (var i = WarmUp; i < Steps; i++)
        {
            trainer.TrainStep();
        }
        var (liveAfter, residentAfter) = Measure();

        // Assert
        Assert.InRange(liveAfter - liveBefore, long.MinValue, 8);
        Assert.InRange(residentAfter - residentBefore, long.MinValue, ResidentBound);
    }

    /// <summary>Tensors alive on this thread and the process's resident memory.</summary>
    private static (long Live, long Resident) Measure()
    {
        using var process = Process.GetCurrentProcess();
        return (DisposeScopeManager.Statistics.ThreadTotalLiveCount, process.WorkingSet64);
    }
}
