using LangGap.Cli.Charts;
using LangGap.Cli.Options;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Resolution;
using LangGap.Torch.Training;
using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Rewards;

namespace LangGap.Cli.Commands.Training;

/// <summary><c>langgap train METHOD</c>: SFT, DPO, RLOO, REINFORCE, RAFT or a reward model on a local model.</summary>
internal static class TrainCommand
{
    private static readonly string[] Methods = ["sft", "dpo", "rloo", "reinforce", "raft", "reward"];

    public static Command Create(CliConsole console)
    {
        var method = new Argument<string>("method") { Description = "sft, dpo, rloo, reinforce, raft or reward." };
        method.AcceptOnlyFromAmong(Methods);
        var model = new Option<string>("--model") { Description = "'embedded' or a model folder (a LangGap or Hugging Face checkpoint).", DefaultValueFactory = _ => ModelSource.EmbeddedName };
        var data = new Option<string?>("--data") { Description = "JSONL in TRL's formats: prompt-only, prompt/completion or messages, prompt/chosen/rejected (with --resume: the run's, unless given)." };
        var reward = new Option<string?>("--reward") { Description = "Reward for rloo, reinforce and raft: comma-separated name[=weight] with names fidelity, chrf, length, mtld, mtld-ld, mtld-ma-bid, mtld-ma-wrap, ttr, readability, profanity, judge:MODEL, rm:DIR." };
        var output = CommonOptions.Out("Output folder: the trained model, metrics.jsonl, curves.png and a resumable checkpoint.", required: true);
        var resume = new Option<bool>("--resume") { Description = "Continue the run in --out from its last checkpoint: its data, reward, models file and options are kept; --steps may extend it." };
        var defaults = new AlignmentOptions();
        var steps = new Option<int?>("--steps") { Description = $"Optimizer steps (default {defaults.Steps})." };
        var k = CommonOptions.Samples("Completions sampled per prompt (rloo and raft 4, reinforce 1).", "--k");
        var beta = new Option<double?>("--beta") { Description = "DPO β (0.1) or the KL coefficient of rloo/reinforce (0.05)." };
        var lr = new Option<double>("--lr") { Description = "Peak learning rate.", DefaultValueFactory = _ => defaults.LearningRate };
        var batch = new Option<int>("--batch-size") { Description = "Prompts or pairs per micro-batch.", DefaultValueFactory = _ => defaults.BatchSize };
        var accumulation = new Option<int>("--grad-accum") { Description = "Micro-batches per optimizer step.", DefaultValueFactory = _ => 1 };
        var warmup = new Option<int>("--warmup") { Description = "Linear warm-up steps.", DefaultValueFactory = _ => 0 };
        var schedule = new Option<string>("--schedule") { Description = "linear, cosine or constant decay after warm-up.", DefaultValueFactory = _ => "linear" };
        schedule.AcceptOnlyFromAmong("linear", "cosine", "constant");
        var loss = new Option<string>("--loss") { Description = "DPO loss: sigmoid or ipo.", DefaultValueFactory = _ => "sigmoid" };
        loss.AcceptOnlyFromAmong("sigmoid", "ipo");
        var smoothing = new Option<double>("--label-smoothing") { Description = "DPO label smoothing in [0, 0.5)." };
        var maxTokens = CommonOptions.MaxTokens("Longest sampled completion", defaults.MaxNewTokens, "--max-new-tokens");
        var temperature = new Option<double>("--temperature") { Description = "Sampling temperature.", DefaultValueFactory = _ => 1 };
        var normalize = new Option<bool>("--normalize-advantages") { Description = "Standardise advantages over each batch." };
        var iterations = new Option<int>("--iterations") { Description = "Optimizer steps per sampled batch (above 1: PPO-style clipped ratio).", DefaultValueFactory = _ => 1 };
        var seed = CommonOptions.Seed("Seed of record order and sampling");
        var models = new Option<string?>("--models") { Description = "Models file whose ids judge:MODEL may name (otherwise MODEL is 'embedded' or a model folder)." };
        var saveEvery = new Option<int>("--save-every") { Description = "Checkpoint every N steps (0: only at the end).", DefaultValueFactory = _ => defaults.SaveEvery };
        var command = new Command("train", "Train a local model: SFT, DPO, RLOO, REINFORCE, RAFT or a reward model (TorchSharp, CPU).")
        {
            method, model, data, reward, output, resume, steps, k, beta, lr, batch, accumulation, warmup, schedule, loss, smoothing,
            maxTokens, temperature, normalize, iterations, seed, saveEvery, models,
        };
        command.SetAction(async (ParseResult pr, CancellationToken ct) =>
        {
            var kind = Enum.Parse<AlignmentMethod>(pr.GetValue(method)!, ignoreCase: true);
            var options = defaults with
            {
                Steps = pr.GetValue(steps) ?? defaults.Steps,
                K = pr.GetValue(k),
                Beta = pr.GetValue(beta),
                LearningRate = pr.GetValue(lr),
                BatchSize = pr.GetValue(batch),
                GradientAccumulation = pr.GetValue(accumulation),
                WarmupSteps = pr.GetValue(warmup),
                Schedule = Enum.Parse<LearningRateSchedule>(pr.GetValue(schedule)!, ignoreCase: true),
                DpoLoss = Enum.Parse<DpoLossKind>(pr.GetValue(loss)!, ignoreCase: true),
                LabelSmoothing = pr.GetValue(smoothing),
                MaxNewTokens = pr.GetValue(maxTokens),
                Temperature = pr.GetValue(temperature),
                NormalizeAdvantages = pr.GetValue(normalize),
                Iterations = pr.GetValue(iterations),
                Seed = pr.GetValue(seed),
                SaveEvery = pr.GetValue(saveEvery),
            };
            try
            {
                options.Validate(kind);
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw new UsageException($"{OptionName(ex.ParamName)} is out of range: {ex.Message.Split(Environment.NewLine)[0]}");
            }
            var outDir = pr.GetValue(output)!;
            var resuming = pr.GetValue(resume);
            var stored = resuming ? await TrainSettings.ReadAsync(outDir, ct) : null;
            var settings = Settings(pr.GetValue(method)!, pr.GetValue(model)!, pr.GetValue(data), pr.GetValue(reward), pr.GetValue(models), stored);
            var needsReward = kind is AlignmentMethod.Rloo or AlignmentMethod.Reinforce or AlignmentMethod.Raft;
            if (needsReward && settings.Reward is null)
            {
                throw new UsageException($"--reward is required for '{pr.GetValue(method)}' (for example --reward fidelity=1,length=0.1).");
            }
            if (!needsReward && settings.Reward is not null)
            {
                throw new UsageException($"--reward is used only by rloo, reinforce and raft, not by '{pr.GetValue(method)}'.");
            }
            var dataset = await TrainingDataset.LoadAsync(settings.Data, console.Input, ct);
            using var resolver = await ModelResolver.CreateAsync(settings.Models, ct);
            if (!resuming)
            {
                resolver.LocalDirectory(settings.Model);
            }
            using var factory = new RewardFactory(spec => new BorrowedChatClient(resolver.ResolveClient(spec, "judge")));
            var weighted = settings.Reward is null ? null : BuildReward(factory, settings.Reward);
            using var trainer = resuming
                ? AlignmentTrainer.Resume(outDir, dataset, weighted, pr.GetValue(steps))
                : AlignmentTrainer.Create(kind, settings.Model, dataset, options, weighted, outDir, ct);
            if (trainer.Method != kind)
            {
                throw new UsageException($"--resume: the run in '{outDir}' is '{trainer.Method.ToString().ToLowerInvariant()}', not '{pr.GetValue(method)}'.");
            }
            if (stored is null)
            {
                await settings.WriteAsync(outDir, ct);
            }
            var progress = new TrainingProgress(console.Error, trainer.Options.Steps, trainer.Step);
            await trainer.RunAsync(progress.Report, cancellationToken: ct);
            TrainingCurves.Write(outDir, trainer.Method);
            await console.Out.WriteLineAsync(progress.Summary(trainer.Method, outDir));
            return 0;
        });
        return command;
    }

    /// <summary>The settings of this invocation: as given, or on resume the stored ones, which a given value may only repeat.</summary>
    private static TrainSettings Settings(string method, string model, string? data, string? reward, string? models, TrainSettings? stored)
    {
        if (stored is null)
        {
            return new TrainSettings(method, model, data ?? throw new UsageException("--data is required."), reward, models);
        }
        Same("--data", data, stored.Data);
        Same("--reward", reward, stored.Reward);
        Same("--models", models, stored.Models);
        return stored;
    }

    private static void Same(string option, string? given, string? stored)
    {
        if (given is not null && !string.Equals(given, stored, StringComparison.Ordinal))
        {
            throw new UsageException($"{option} '{given}' differs from the resumed run's '{stored ?? "(none)"}'; a resumed run keeps its settings, so leave {option} out.");
        }
    }

    private static WeightedReward BuildReward(RewardFactory factory, string text)
    {
        try
        {
            return factory.Build(RewardSpec.Parse(text));
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new UsageException($"--reward: {ex.Message}");
        }
    }

    private static string OptionName(string? parameter) => parameter switch
    {
        nameof(AlignmentOptions.Steps) => "--steps",
        nameof(AlignmentOptions.K) => "--samples",
        nameof(AlignmentOptions.Beta) => "--beta",
        nameof(AlignmentOptions.LearningRate) => "--lr",
        nameof(AlignmentOptions.BatchSize) => "--batch-size",
        nameof(AlignmentOptions.GradientAccumulation) => "--grad-accum",
        nameof(AlignmentOptions.WarmupSteps) => "--warmup",
        nameof(AlignmentOptions.LabelSmoothing) => "--label-smoothing",
        nameof(AlignmentOptions.MaxNewTokens) => "--max-tokens",
        nameof(AlignmentOptions.Temperature) => "--temperature",
        nameof(AlignmentOptions.Iterations) => "--iterations",
        nameof(AlignmentOptions.SaveEvery) => "--save-every",
        _ => parameter ?? "an option",
    };
}
