namespace LangGap.Torch.Training;

/// <summary>How the learning rate decays after warm-up.</summary>
public enum LearningRateSchedule
{
    /// <summary>Linearly to 0 at the last step (TRL's default).</summary>
    Linear,

    /// <summary>Half a cosine to 0 at the last step.</summary>
    Cosine,

    /// <summary>Constant after warm-up.</summary>
    Constant,
}
