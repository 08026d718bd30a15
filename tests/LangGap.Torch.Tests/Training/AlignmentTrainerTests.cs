using LangGap.Torch.Training;
using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Rewards;

namespace LangGap.Torch.Tests.Training;

/// <summary>Every method trains a tiny model, and a run interrupted after a checkpoint resumes to the same losses.</summary>
[Collection(TorchCollection.Name)]
public sealed class AlignmentTrainerTests
{
    private static readonly AlignmentOptions Tiny = new()
    {
        Steps = 4, BatchSize = 2, LearningRate = 1e-2, WarmupSteps = 1, Schedule = LearningRateSchedule.Cosine, MaxNewTokens = 6,
        K = 2, SaveEvery = 2,
    };

    public static TheoryData<AlignmentMethod> Methods => new()
    {
        AlignmentMethod.Sft, AlignmentMethod.Dpo, AlignmentMethod.Rloo, AlignmentMethod.Reinforce, AlignmentMethod.Raft, AlignmentMethod.Reward,
    };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task RunAsync_InterruptedAndResumed_ReproducesUninterruptedLosses(AlignmentMethod method)
    {
        // Arrange
        var model = TinyModel.CreateFolder();
        var straight = TinyModel.TempFolder();
        var interrupted = TinyModel.TempFolder();
        var moved = TinyModel.TempFolder();
        var movedModel = TinyModel.TempFolder();
        var data = DataFor(method);
        var options = method switch
        {
            AlignmentMethod.Rloo => Tiny with { Iterations = 2, NormalizeAdvantages = true },
            AlignmentMethod.Sft or AlignmentMethod.Dpo => Tiny with { GradientAccumulation = 2, BatchSize = 1 },
            _ => Tiny,
        };
        try
        {
            // Act
            var expected = new List<double>();
            using (var trainer = AlignmentTrainer.Create(method, model, data, options, new LengthReward(), straight))
            {
                await trainer.RunAsync(m => expected.Add(m.Loss));
            }
            var actual = new List<double>();
            using (var first = AlignmentTrainer.Create(method, model, data, options, new LengthReward(), interrupted))
            {
                await first.RunAsync(m => actual.Add(m.Loss), stopAfter: 2);
            }
            // The interrupted run's folder moves before the resume, and so does the base model unless the method keeps it
            // as its reference policy: the checkpoint may not point at where they were (it has its own tokenizer files).
            Directory.Move(interrupted, moved);
            if (method is not (AlignmentMethod.Rloo or AlignmentMethod.Reinforce))
            {
                Directory.Move(model, movedModel);
            }
            var state = File.ReadAllText(Path.Combine(moved, AlignmentTrainer.CheckpointFolder, "trainer_state.json"));
            using (var resumed = AlignmentTrainer.Resume(moved, data, new LengthReward()))
            {
                await resumed.RunAsync(m => actual.Add(m.Loss));
            }

            // Assert
            Assert.Equal(4, expected.Count);
            Assert.All(expected, l => Assert.True(double.IsFinite(l)));
            Assert.Equal(expected, actual);
            Assert.Equal(4, MetricsLog.Read(Path.Combine(moved, AlignmentTrainer.MetricsFile)).Count);
            Assert.True(File.Exists(Path.Combine(moved, "model.safetensors")));
            Assert.True(File.Exists(Path.Combine(moved, "tokenizer.json")));
            Assert.DoesNotContain("tokenizer_directory", state, StringComparison.Ordinal);
        }
        finally
        {
            TinyModel.Delete(model, straight, interrupted, moved, movedModel);
        }
    }

    [Fact]
    public async Task Create_OutputHoldsRun_ThrowsInvalidInput()
    {
        // Arrange
        var model = TinyModel.CreateFolder();
        var output = TinyModel.TempFolder();
        try
        {
            using (var trainer = AlignmentTrainer.Create(AlignmentMethod.Sft, model, TinyModel.Completions(), Tiny with { Steps = 1 }, null, output))
            {
                await trainer.RunAsync();
            }

            // Act and assert
            Assert.Throws<InvalidInputException>(() =>
                AlignmentTrainer.Create(AlignmentMethod.Sft, model, TinyModel.Completions(), Tiny, null, output));
        }
        finally
        {
            TinyModel.Delete(model, output);
        }
    }

    [Fact]
    public void Create_DpoOnPromptOnlyData_ThrowsInvalidInput()
    {
        var model = TinyModel.CreateFolder();
        try
        {
            Assert.Throws<InvalidInputException>(() =>
                AlignmentTrainer.Create(AlignmentMethod.Dpo, model, TinyModel.Prompts(), Tiny, null, TinyModel.TempFolder()));
        }
        finally
        {
            TinyModel.Delete(model);
        }
    }

    private static TrainingDataset DataFor(AlignmentMethod method) => method switch
    {
        AlignmentMethod.Sft => TinyModel.Completions(),
        AlignmentMethod.Dpo or AlignmentMethod.Reward => TinyModel.Pairs(),
        _ => TinyModel.Prompts(),
    };
}
