namespace LangGap.Torch.Modules;

/// <summary>The <c>llama3</c> RoPE scaling of Llama 3.1 and later: long wavelengths are slowed by <see cref="Factor"/>,
/// short ones kept, and the band between is interpolated smoothly.</summary>
/// <param name="Factor">How much the low frequencies are divided by.</param>
/// <param name="LowFreqFactor">Wavelengths longer than the original context divided by this are scaled fully.</param>
/// <param name="HighFreqFactor">Wavelengths shorter than the original context divided by this are kept.</param>
/// <param name="OriginalMaxPositionEmbeddings">The context length the model was pre-trained with.</param>
public sealed record Llama3RopeScaling(double Factor, double LowFreqFactor, double HighFreqFactor, int OriginalMaxPositionEmbeddings);
