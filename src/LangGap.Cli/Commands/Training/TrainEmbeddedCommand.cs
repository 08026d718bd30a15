using System.Globalization;
using LangGap.Cli.Options;
using LangGap.Torch.Training;

namespace LangGap.Cli.Commands.Training;

/// <summary><c>langgap train-embedded</c>: retrain the embedded model from its corpus.</summary>
internal static class TrainEmbeddedCommand
{
    public static Command Create(CliConsole console)
    {
        var corpus = new Option<string>("--corpus") { Description = "Folder of <language>.txt files.", DefaultValueFactory = _ => "assets/embedded/corpus" };
        var output = CommonOptions.Out("Folder to write the model to.", required: true);
        var defaults = new TrainingOptions();
        var steps = new Option<int>("--steps") { Description = "Optimizer steps.", DefaultValueFactory = _ => defaults.Steps };
        var batch = new Option<int>("--batch-size") { Description = "Sequences per step.", DefaultValueFactory = _ => defaults.BatchSize };
        var length = new Option<int>("--seq-len") { Description = "Bytes per sequence.", DefaultValueFactory = _ => defaults.SequenceLength };
        var lr = new Option<double>("--lr") { Description = "Peak learning rate.", DefaultValueFactory = _ => defaults.LearningRate };
        var seed = CommonOptions.Seed("Seed of initialisation and batch sampling");
        var tiny = new Option<bool>("--tiny") { Description = "Use the far smaller test configuration." };
        var command = new Command("train-embedded", "Train the embedded byte-level model from scratch (CPU).")
        {
            corpus, output, steps, batch, length, lr, seed, tiny,
        };
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var options = defaults with
            {
                Steps = pr.GetValue(steps),
                BatchSize = pr.GetValue(batch),
                SequenceLength = pr.GetValue(length),
                LearningRate = pr.GetValue(lr),
                MinLearningRate = pr.GetValue(lr) / 10,
                WarmupSteps = Math.Min(defaults.WarmupSteps, Math.Max(1, pr.GetValue(steps) / 10)),
                Seed = pr.GetValue(seed),
            };
            try
            {
                options.Validate();
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw new UsageException($"Training option {ex.ParamName} is out of range: {ex.ActualValue}.");
            }
            var config = pr.GetValue(tiny) ? EmbeddedModelRecipe.TinyConfig : EmbeddedModelRecipe.DefaultConfig;
            var report = EmbeddedModelRecipe.Train(
                pr.GetValue(corpus)!, pr.GetValue(output)!, config, options, line => console.Error.WriteLine(line), cancellationToken: ct);
            var inv = CultureInfo.InvariantCulture;
            await console.Out.WriteLineAsync(string.Create(inv, $"parameters {report.Parameters}  steps {report.Steps}  train loss {report.FinalTrainLoss:F3}  time {report.Seconds:F0}s"));
            await console.Out.WriteLineAsync("language  train-bytes  held-out loss (nats/byte)  bits/byte");
            foreach (var (language, loss) in report.HeldOutLoss)
            {
                await console.Out.WriteLineAsync(string.Create(inv, $"{language,-8}  {report.TrainTokens[language],11}  {loss,25:F3}  {loss / Math.Log(2),9:F3}"));
            }
            return 0;
        });
        return command;
    }
}
