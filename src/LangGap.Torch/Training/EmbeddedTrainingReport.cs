namespace LangGap.Torch.Training;

/// <summary>What a training run of the embedded model produced.</summary>
/// <param name="Steps">Optimizer steps taken.</param>
/// <param name="FinalTrainLoss">Mean training loss over the last logging window (nats per byte).</param>
/// <param name="HeldOutLoss">Held-out loss per language (nats per byte).</param>
/// <param name="TrainTokens">Training tokens per language.</param>
/// <param name="Parameters">Number of parameters.</param>
/// <param name="Seconds">Wall time of the training loop.</param>
public sealed record EmbeddedTrainingReport(
    int Steps, double FinalTrainLoss, IReadOnlyDictionary<string, double> HeldOutLoss,
    IReadOnlyDictionary<string, int> TrainTokens, long Parameters, double Seconds);
