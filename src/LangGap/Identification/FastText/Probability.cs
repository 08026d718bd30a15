namespace LangGap.Identification.FastText;

/// <summary>fastText's numeric helpers, with its exact mix of float and double arithmetic.</summary>
internal static class Probability
{
    private const int SigmoidTableSize = 512;
    private const int MaxSigmoid = 8;

    private static readonly float[] SigmoidTable = BuildSigmoidTable();

    /// <summary>fastText's <c>std_log</c>: <c>log(x + 1e-5)</c> in double, returned as float.</summary>
    public static float StdLog(float x) => (float)Math.Log(x + 1e-5);

    /// <summary>fastText's table-based sigmoid (<c>Loss::sigmoid</c>), used by one-vs-all and negative sampling.</summary>
    public static float TableSigmoid(float x)
    {
        if (x < -MaxSigmoid)
        {
            return 0f;
        }
        if (x > MaxSigmoid)
        {
            return 1f;
        }
        var i = (long)((x + MaxSigmoid) * SigmoidTableSize / MaxSigmoid / 2);
        return SigmoidTable[i];
    }

    private static float[] BuildSigmoidTable()
    {
        var table = new float[SigmoidTableSize + 1];
        for (var i = 0; i < table.Length; i++)
        {
            var x = (float)(i * 2 * MaxSigmoid) / SigmoidTableSize - MaxSigmoid;
            table[i] = (float)(1.0 / (1.0 + MathF.Exp(-x)));
        }
        return table;
    }
}
