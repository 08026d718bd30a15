namespace LangGap.Reasoning;

/// <summary>How a phase of a generation (a thinking step, the answer) ended.</summary>
public enum PhaseEnd
{
    /// <summary>A stop string (the end-of-thinking marker while thinking, the end of the turn while answering).</summary>
    Stop,

    /// <summary>The model's end-of-sequence token.</summary>
    EndOfSequence,

    /// <summary>The token cap: the thinking budget, or the answer's maximum.</summary>
    Length,
}
