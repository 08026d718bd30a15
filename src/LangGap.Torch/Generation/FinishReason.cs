namespace LangGap.Torch.Generation;

/// <summary>Why decoding stopped.</summary>
public enum FinishReason
{
    /// <summary>The model produced an end-of-sequence token.</summary>
    EndOfSequence,

    /// <summary>The text reached a stop string.</summary>
    StopString,

    /// <summary>The token budget ran out.</summary>
    Length,
}
