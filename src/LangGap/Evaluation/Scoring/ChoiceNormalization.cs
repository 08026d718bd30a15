namespace LangGap.Evaluation.Scoring;

/// <summary>How a multiple-choice scorer compares options of different lengths.</summary>
public enum ChoiceNormalization
{
    /// <summary>By summed log-probability (<c>acc</c>).</summary>
    None,

    /// <summary>By log-probability per character of the option (<c>acc_norm</c>, lm-evaluation-harness's definition:
    /// characters are Unicode code points, as Python counts them).</summary>
    Characters,

    /// <summary>By log-probability per UTF-8 byte of the option (<c>acc_bytes</c>).</summary>
    Bytes,
}
