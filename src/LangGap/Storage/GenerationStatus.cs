namespace LangGap.Storage;

/// <summary>Whether a generation produced text.</summary>
public enum GenerationStatus
{
    /// <summary>The model answered; the text is stored.</summary>
    Ok,

    /// <summary>Every attempt failed; the reason is stored and the sample counts as failed, not as a score of zero.</summary>
    Failed,
}
